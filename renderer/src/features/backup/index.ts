// The backup feature's door: what other folders may use.
export { BackupReminder } from './BackupReminder'
export { BackupSettings } from './BackupSettings'
export {
  documentFilters,
  EXPORTS_ARE_READABLE,
  ExportPrivacyNote,
  useExportsFromEncryptedJournal,
} from './ExportPrivacyNote'
export { exportBackupToFile, writeFolderBackup } from './backupFile'
export { snapshotBeforeMigration, type MigrationSnapshot } from './snapshotBeforeMigration'
