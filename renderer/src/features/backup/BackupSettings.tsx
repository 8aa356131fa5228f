// Settings section owned by the backup feature: export, restore, the desktop's
// automatic backups and the storage status.
import { useState } from 'react'
import { formatCount } from '../../../../shared/format'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import { useSettings } from '../../data/settings'
import { platform } from '../../platform'
import { exportBackupToFile } from './backupFile'
import { describeLastBackup, isBackupDue } from './backupAge'
import { FolderBackups } from './FolderBackups'
import { RestorePanel } from './RestorePanel'
import { StorageStatus } from './StorageStatus'
import { useRestoreFlow } from './useRestoreFlow'
import './backup.css'

export function BackupSettings() {
  const settings = useSettings()
  const flow = useRestoreFlow()
  const [message, setMessage] = useState<string | null>(null)
  const now = new Date()
  const locale = useLocale()
  const timeZone = useTimeZone()
  const busy =
    flow.state.step === 'reading' ||
    flow.state.step === 'restoring' ||
    (flow.state.step === 'passphrase' && flow.state.opening)

  const exportNow = async () => {
    try {
      const { saved, entries, encrypted } = await exportBackupToFile()
      const count = formatCount(entries, 'entry', 'entries', locale)
      setMessage(
        !saved
          ? null
          : encrypted
            ? `Encrypted backup saved: it opens only with your passphrase or recovery key. It holds ${count}.`
            : `Backup exported: ${count}.`,
      )
    } catch (error) {
      setMessage(`Not exported: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const restoreFromFolder = (name: string, label: string) => {
    const backups = platform.backups
    if (backups) void flow.openText(label, () => backups.read(name))
  }

  return (
    <section className="card backup-settings" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">Backups</h2>
      <p>
        Last backup:{' '}
        <strong>
          {settings ? describeLastBackup(settings.lastBackupAt, now, locale, timeZone) : '…'}
        </strong>
      </p>
      {platform.kind === 'browser' && settings && isBackupDue(settings.lastBackupAt, now) && (
        <p className="backup-reminder">
          Your journal lives only in this browser. Export a backup now and then, and keep it
          somewhere safe.
        </p>
      )}
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void exportNow()}>
          Export backup…
        </button>
        <button type="button" disabled={busy} onClick={() => void flow.chooseFile()}>
          Restore from a file…
        </button>
      </div>
      {message && <p role="status">{message}</p>}
      <RestorePanel flow={flow} />
      <FolderBackups onRestore={restoreFromFolder} />
      <StorageStatus />
    </section>
  )
}
