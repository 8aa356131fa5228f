// The privacy feature's door: encryption at rest in Settings, the lock screen, the
// banner for records that would not open, and what locks the journal.
export { PrivacySettings } from './PrivacySettings'
export { LockScreen } from './LockScreen'
export { UnreadableBanner } from './UnreadableBanner'
export { useAutoLock } from './useAutoLock'
export { useLockRequests } from './useLockRequests'
export { isLockShortcut, LOCK_SHORTCUT_LABEL } from './shortcut'
