// The backup feature's door: what other folders may use.
export { BackupReminder } from './BackupReminder'
export { BackupSettings } from './BackupSettings'
