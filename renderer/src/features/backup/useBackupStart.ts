// What the backup feature does when the app starts: ask for persistent storage, and on
// the desktop write the day's first backup and answer the quit request with one more.
// A locked journal writes no backup, and never a plain one in its place: the daily
// backup then waits for the unlock, and the quit backup is skipped.
import { useEffect } from 'react'
import { localIsoDate } from '../../../../shared/time'
import { requestPersistentStorage } from '../../data/storage'
import { useVault, VaultLockedError } from '../../data/vault'
import { platform } from '../../platform'
import { writeFolderBackup } from './backupFile'
import { useBackupUi } from './backupSlice'

let dailyChecked = false

function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  useBackupUi.getState().setAutoBackupError(`The automatic backup failed: ${message}`)
}

/** The write's result, or undefined when the journal is locked (nothing was written). */
async function unlessLocked<T>(write: () => Promise<T>): Promise<T | undefined> {
  if (useVault.getState().status === 'locked') return undefined
  try {
    return await write()
  } catch (error) {
    if (error instanceof VaultLockedError) return undefined
    throw error
  }
}

/**
 * Writes the daily backup unless one was already written today (any reason counts) or
 * the journal is locked.
 */
export async function ensureDailyBackup(now = new Date()): Promise<boolean> {
  const backups = platform.backups
  if (!backups) return false
  if (useVault.getState().status === 'locked') return false
  const today = localIsoDate(now)
  const { backups: existing } = await backups.list()
  if (existing.some((b) => localIsoDate(new Date(b.createdAt)) === today)) return false
  const written = await unlessLocked(() => writeFolderBackup('daily', now))
  if (!written) return false
  useBackupUi.getState().setAutoBackupError(null)
  return true
}

/** The quit request's backup; none while the journal is locked. */
export async function writeQuitBackup(): Promise<boolean> {
  return (await unlessLocked(() => writeFolderBackup('quit'))) !== undefined
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
    // A start that found the journal locked backs up once it is unlocked.
    const stopWatching = useVault.subscribe((state, before) => {
      if (state.status === 'unlocked' && before.status !== 'unlocked') {
        ensureDailyBackup().catch(report)
      }
    })
    const stopQuit = backups.onQuitRequest(() => {
      writeQuitBackup().catch(report)
    })
    return () => {
      stopWatching()
      stopQuit()
    }
  }, [])
}
