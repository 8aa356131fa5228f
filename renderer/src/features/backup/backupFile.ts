// Builds backup files from the database and sends them where they go: a file the user
// saves (export) or the desktop's automatic backups folder.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  serializeBackup,
  type Backup,
} from '../../../../shared/backup'
import { localIsoDate } from '../../../../shared/time'
import type { LeadlogDb } from '../../data/db'
import { readJournalData } from '../../data/dump'
import { updateSettings } from '../../data/settings'
import { platform } from '../../platform'

export interface BuildOptions {
  /** Another database than the app's (tests). */
  database?: LeadlogDb
  now?: Date
  appVersion?: string
}

export async function buildBackup({
  database,
  now = new Date(),
  appVersion,
}: BuildOptions = {}): Promise<Backup> {
  const data = await readJournalData(database)
  // When this device last backed up is not part of the journal; restore keeps the local value.
  const { lastBackupAt: _deviceOnly, ...settings } = data.settings
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion: appVersion ?? (await platform.appInfo()).version,
    schemaVersion: data.schemaVersion,
    entries: data.entries,
    settings,
    bulletEdits: data.bulletEdits,
    narratives: data.narratives,
  }
}

export function backupFileName(now: Date): string {
  return `leadlog-backup-${localIsoDate(now)}.json`
}

export const BACKUP_FILTERS = [{ name: 'Leadlog backup', extensions: ['json'] }]

/** "Export backup": saves a file where the user chooses (or downloads it in the browser). */
export async function exportBackupToFile(
  now = new Date(),
): Promise<{ saved: boolean; entries: number }> {
  const backup = await buildBackup({ now })
  const result = await platform.saveFile(
    backupFileName(now),
    serializeBackup(backup),
    BACKUP_FILTERS,
  )
  if (result.saved) await updateSettings({ lastBackupAt: now.toISOString() })
  return { saved: result.saved, entries: backup.entries.length }
}

/** Writes to the desktop backups folder; the main process writes it atomically and rotates. */
export async function writeFolderBackup(reason: 'daily' | 'quit' | 'manual', now = new Date()) {
  const backups = platform.backups
  if (!backups) throw new Error('Automatic backups exist only in the desktop app')
  const backup = await buildBackup({ now })
  const info = await backups.write(serializeBackup(backup), backup.entries.length, reason)
  await updateSettings({ lastBackupAt: now.toISOString() })
  return info
}
