// Settings section owned by the backup feature.
export function BackupSettings() {
  return null
}
