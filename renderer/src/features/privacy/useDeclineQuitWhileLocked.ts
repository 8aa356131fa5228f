// A locked journal cannot be read, so it cannot write the last backup the desktop asks for
// when the app quits; it says so at once, and the quit does not wait for a backup that will
// never come.
import { useEffect } from 'react'
import { platform } from '../../platform'

export function useDeclineQuitWhileLocked(): void {
  useEffect(() => {
    const backups = platform.backups
    if (!backups) return
    return backups.onQuitRequest(() => void backups.declineQuit().catch(() => undefined))
  }, [])
}
