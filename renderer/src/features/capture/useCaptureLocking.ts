// The quick-capture window holds the journal's keys of its own while unlocked, so it
// locks as the main window does: when asked from outside (Lock now, the screen locking,
// sleep) and after the chosen time without use.
import { AUTO_LOCK_DEFAULT_MINUTES } from '../../../../shared/entry'
import { lock, useVault } from '../../data/vault'
import { useSettings } from '../../data/settings'
import { useAutoLock, useLockRequests } from '../privacy'

export function useCaptureLocking(): void {
  const unlocked = useVault((s) => s.status === 'unlocked')
  const settings = useSettings()
  useLockRequests(unlocked)
  useAutoLock(unlocked ? (settings?.autoLockMinutes ?? AUTO_LOCK_DEFAULT_MINUTES) : 0, lock)
}
