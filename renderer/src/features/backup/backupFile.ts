// Builds backup files from the database and sends them where they go: a file the user
// saves (export) or the desktop's automatic backups folder. An encrypted journal's
// backups are encrypted too (sealBackupIfEncrypted); a locked one writes none.
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
import { sealBackupIfEncrypted } from '../../data/vault'
import type { BackupReason } from '../../../../shared/ipc'
import { platform } from '../../platform'
import { useBackupUi } from './backupSlice'

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
  const { lastBackupAt: _deviceOnly, reminderShownAt: _shownHere, ...settings } = data.settings
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

/** For choosing a backup to restore: plain and encrypted backups are both .json. */
export const BACKUP_FILTERS = [{ name: 'Leadlog backup', extensions: ['json'] }]
/** The save dialog's file type names what is being saved. */
export const ENCRYPTED_BACKUP_FILTERS = [{ name: 'Leadlog encrypted backup', extensions: ['json'] }]

/** The text of a backup as it is written: encrypted when the journal is. */
async function backupToWrite(now: Date) {
  const backup = await buildBackup({ now })
  const { text, encrypted } = await sealBackupIfEncrypted(serializeBackup(backup))
  return { text, encrypted, entries: backup.entries.length }
}

/** "Export backup": saves a file where the user chooses (or downloads it in the browser). */
export async function exportBackupToFile(
  now = new Date(),
): Promise<{ saved: boolean; entries: number; encrypted: boolean }> {
  const { text, encrypted, entries } = await backupToWrite(now)
  const filters = encrypted ? ENCRYPTED_BACKUP_FILTERS : BACKUP_FILTERS
  const result = await platform.saveFile(backupFileName(now), text, filters)
  if (result.saved) await updateSettings({ lastBackupAt: now.toISOString() })
  return { saved: result.saved, entries, encrypted }
}

/**
 * Writes to the desktop backups folder; the main process writes it atomically and rotates.
 * The entry count goes separately: the folder's listing cannot read an encrypted file, and
 * rotation uses the counts to keep the last good backup. A backup far smaller than the
 * one before it raises the shrink notice (both are kept).
 */
export async function writeFolderBackup(reason: BackupReason, now = new Date()) {
  const backups = platform.backups
  if (!backups) throw new Error('Automatic backups exist only in the desktop app')
  const { text, encrypted, entries } = await backupToWrite(now)
  const info = await backups.write(text, entries, reason)
  await updateSettings({ lastBackupAt: now.toISOString() })
  if (info.fewerThan) {
    useBackupUi.getState().setShrinkNotice({ entryCount: entries, previous: info.fewerThan })
  }
  return { ...info, encrypted }
}
