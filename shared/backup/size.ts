// The one size cap on a backup file and the sentence that refuses a larger one. Kept
// apart from backup.ts so that the main process (file and backup readers), the
// IPC schemas and the browser's file picker can use it without importing the backup
// schemas; parseBackup uses the same two, so every refusal reads the same.

/**
 * 256 MB of UTF-8. The cap is there to refuse, before JSON.parse, a file too big to be a
 * backup (a disk image, a video), not to limit journals: the largest journal we promise,
 * 100,000 entries of realistic text, is a backup of about 150 MB (canonical JSON keeps
 * its indentation so line and column point at one field), so 256 MB leaves room for
 * entries about 1.7 times as long. An earlier 100 MB cap refused the app's own backups
 * from about 65,000 entries on. Parsing needs about four and a half times the file's
 * size in memory (measured: 670 MB of heap at peak for the 150 MB backup), so the cap
 * also keeps a bad file from exhausting the renderer.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024).toLocaleString('en')

/** What is wrong with a file of `bytes` bytes over the cap, to follow its name or `(file)`. */
export function backupTooLargeMessage(bytes: number): string {
  return `is ${megabytes(bytes)} MB, larger than the ${megabytes(MAX_BACKUP_BYTES)} MB a Leadlog backup can be (100,000 entries make about 150 MB); it is probably not a Leadlog backup`
}
