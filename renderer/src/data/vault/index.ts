// The vault: encryption at rest for the journal (docs/SECURITY.md). Views use these;
// the repositories in data/ seal and open their rows through codec.ts.
export {
  useVault,
  useUnreadableRecords,
  type VaultStatus,
  type UnreadableRecord,
} from './vaultStore'
export { VaultLockedError } from './codec'
export { VaultError } from './errors'
export { unlock, lock, openVault, unlockWaitMs, type UnlockResult } from './unlock'
export { turnOnEncryption, turnOffEncryption, type ConvertProgress } from './convert'
export { changePassphrase } from './passphrase'
export {
  isRememberedOnThisComputer,
  rememberUnavailableReason,
  setRememberOnThisComputer,
} from './remember'
export { sealBackupIfEncrypted, type BackupText } from './backupSeal'
export { onVaultChangedElsewhere } from './broadcast'
export { encryptedSince } from './session'
