// Lock requests from outside the page (the app menu's "Lock now", the screen locking,
// the computer going to sleep) lock the journal while it is unlocked.
import { useEffect } from 'react'
import { lock } from '../../data/vault'
import { platform } from '../../platform'

export function useLockRequests(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    return platform.onLockRequest(lock)
  }, [enabled])
}
