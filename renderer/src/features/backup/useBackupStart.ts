// What the backup feature does when the app starts: ask for persistent storage, and on
// the desktop write the day's first backup and answer the quit request with one more.
import { useEffect } from 'react'
import { localIsoDate } from '../../../../shared/time'
import { requestPersistentStorage } from '../../data/storage'
import { platform } from '../../platform'
import { writeFolderBackup } from './backupFile'
import { useBackupUi } from './backupSlice'

let dailyChecked = false

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  useBackupUi.getState().setAutoBackupError(`The automatic backup failed: ${message}`)
}

/** Writes the daily backup unless one was already written today (any reason counts). */
export async function ensureDailyBackup(now = new Date()): Promise<boolean> {
  const backups = platform.backups
  if (!backups) return false
  const today = localIsoDate(now)
  const { backups: existing } = await backups.list()
  if (existing.some((b) => localIsoDate(new Date(b.createdAt)) === today)) return false
  await writeFolderBackup('daily', now)
  useBackupUi.getState().setAutoBackupError(null)
  return true
}

export function useBackupStart(): void {
  useEffect(() => {
    void requestPersistentStorage()
    const backups = platform.backups
    if (!backups) return
    // Effects run twice in development; one daily check per start is enough.
    if (!dailyChecked) {
      dailyChecked = true
      ensureDailyBackup().catch(report)
    }
    return backups.onQuitRequest(() => {
      writeFolderBackup('quit').catch(report)
    })
  }, [])
}
