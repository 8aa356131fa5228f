// Before a newer Leadlog upgrades the stored journal's schema, the journal as it was goes
// to the desktop's backups folder (named -before-migration; rotation keeps snapshots), so
// a migration that went wrong can be undone from Settings › Backups.
import { serializeBackup } from '../../../../shared/backup'
import { openOlderJournal } from '../../data/olderJournal'
import { platform } from '../../platform'
import { buildBackup } from './backupFile'

export type MigrationSnapshot =
  | 'taken'
  /** The journal is already at this version's schema, or there is none yet. */
  | 'not-needed'
  /** The browser build has no backups folder. */
  | 'no-folder'
  /**
   * Locked at start, so its rows cannot be opened and no encrypted backup can be written
   * (the backups' key is sealed under the data key). Its daily encrypted backups remain.
   */
  | 'encrypted'

/** `name`: another database than the app's (tests). */
export async function snapshotBeforeMigration({
  name,
  now = new Date(),
}: { name?: string; now?: Date } = {}): Promise<MigrationSnapshot> {
  const backups = platform.backups
  if (!backups) return 'no-folder'
  const older = await openOlderJournal(name)
  if (!older) return 'not-needed'
  try {
    if (older.encrypted) return 'encrypted'
    const backup = await buildBackup({ database: older.database, now })
    // The rows as stored, labelled with the schema they were stored in.
    backup.schemaVersion = older.fromVersion
    await backups.write(serializeBackup(backup), backup.entries.length, 'before-migration')
    return 'taken'
  } finally {
    older.database.close()
  }
}
