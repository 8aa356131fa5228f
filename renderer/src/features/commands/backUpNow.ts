// "Back up now" from the palette: the same work as the buttons in Settings. The desktop
// app writes to its automatic backups folder; the browser saves a backup file.
import { formatCount } from '../../../../shared/format'
import { useLocaleState } from '../../app/localeSlice'
import { platform } from '../../platform'
import { exportBackupToFile, writeFolderBackup } from '../backup'

const entries = (n: number) => formatCount(n, 'entry', 'entries', useLocaleState.getState().locale)

/** Makes the backup; settles with a sentence that says what happened. */
export async function backUpNow(): Promise<string> {
  if (platform.backups) {
    const info = await writeFolderBackup('manual')
    const sealed = info.encrypted ? ' (encrypted)' : ''
    return `Backed up ${entries(info.entryCount)} to ${info.name}${sealed}.`
  }
  const { saved, entries: count, encrypted } = await exportBackupToFile()
  if (!saved) return 'Backup cancelled; nothing was saved.'
  return encrypted
    ? `Encrypted backup saved: it opens only with your passphrase or recovery key. It holds ${entries(count)}.`
    : `Backup exported: ${entries(count)}.`
}
