import { useCallback, useEffect, useState } from 'react'
import { formatCount, formatMoment } from '../../../../shared/format'
import type { BackupFileInfo, BackupFolder } from '../../../../shared/ipc'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import { encryptedSince, useVault } from '../../data/vault'
import { platform } from '../../platform'
import { writeFolderBackup } from './backupFile'
import { useBackupUi } from './backupSlice'
import { ShrinkNotice } from './ShrinkNotice'

/** What a backup was taken for, when it was not the schedule. */
const KIND_LABELS: Record<string, string> = {
  'before-restore': 'before a restore',
  'before-migration': 'before an update of the journal',
}

/** Desktop only: the automatic backups folder, its files, and a restore on each. */
export function FolderBackups({ onRestore }: { onRestore(name: string, label: string): void }) {
  const backups = platform.backups
  const [folder, setFolder] = useState<BackupFolder | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const autoError = useBackupUi((s) => s.autoBackupError)
  const encrypted = useVault((s) => s.status === 'unlocked')
  const locale = useLocale()
  const timeZone = useTimeZone()
  const when = (iso: string) => formatMoment(iso, locale, timeZone)
  const entries = (n: number) => formatCount(n, 'entry', 'entries', locale)
  /** "412 entries", or why the number is not known (an encrypted file copied in by hand). */
  const holds = (b: BackupFileInfo) =>
    b.entryCount >= 0 ? entries(b.entryCount) : 'encrypted, entry count not known'

  const refresh = useCallback(async () => {
    if (!backups) return
    try {
      setFolder(await backups.list())
    } catch (error) {
      setMessage(
        `Could not list the backups: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }, [backups])

  useEffect(() => {
    if (!backups) return
    let live = true
    backups.list().then(
      (listed) => live && setFolder(listed),
      (error: unknown) =>
        live &&
        setMessage(
          `Could not list the backups: ${error instanceof Error ? error.message : String(error)}`,
        ),
    )
    return () => {
      live = false
    }
  }, [backups])

  if (!backups) return null

  const backUpNow = async () => {
    setBusy(true)
    try {
      const info = await writeFolderBackup('manual')
      const sealed = info.encrypted ? ' (encrypted)' : ''
      setMessage(`Backed up ${entries(info.entryCount)} to ${info.name}${sealed}.`)
      useBackupUi.getState().setAutoBackupError(null)
      await refresh()
    } catch (error) {
      setMessage(`Not backed up: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setBusy(false)
    }
  }

  const changeFolder = async () => {
    const chosen = await backups.chooseFolder()
    if (chosen) setFolder(chosen)
  }

  const sorted = [...(folder?.backups ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  // Backups written before encryption was switched on stay plain text until rotation
  // removes them; say so rather than claim the folder is encrypted.
  const since = encrypted ? encryptedSince() : null
  const plainBefore = since ? sorted.filter((b) => b.createdAt < since).length : 0
  const sealedNote = !encrypted
    ? ''
    : plainBefore === 0
      ? ' They are encrypted, as your journal is.'
      : ` New ones are encrypted, as your journal is; ${formatCount(plainBefore, 'backup', 'backups', locale)} written before encryption was turned on ${plainBefore === 1 ? 'is' : 'are'} plain text. Delete ${plainBefore === 1 ? 'it' : 'them'} from the folder if anyone else can read it.`
  return (
    <div className="folder-backups">
      <h3>Automatic backups</h3>
      <p className="hint">
        Leadlog writes a backup at the first start of each day, when it quits and before every
        restore. It keeps the 20 newest, the first and last of each of the last 14 days, one a month
        for 12 months, and always the last backup that held your whole journal, so empty or damaged
        backups never push out a good one.{sealedNote}
      </p>
      {autoError && <p className="error">{autoError}</p>}
      <ShrinkNotice />
      <p>
        Folder: <code>{folder?.folder ?? '…'}</code>{' '}
        <button type="button" onClick={() => void changeFolder()}>
          Change folder…
        </button>
      </p>
      <button type="button" disabled={busy} onClick={() => void backUpNow()}>
        Back up now
      </button>
      {message && <p role="status">{message}</p>}
      {sorted.length === 0 ? (
        <p className="muted">No backups in this folder yet.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups in the folder">
          {sorted.map((b) => {
            const kind = KIND_LABELS[b.kind ?? 'backup']
            return (
              <li key={b.name}>
                <span>
                  <time dateTime={b.createdAt}>{when(b.createdAt)}</time> · {holds(b)}
                  {kind && <span className="backup-kind"> · {kind}</span>}
                </span>
                <button
                  type="button"
                  aria-label={`Restore the backup of ${when(b.createdAt)} (${holds(b)}${kind ? `, ${kind}` : ''})`}
                  onClick={() => onRestore(b.name, `the backup of ${when(b.createdAt)}`)}
                >
                  Restore…
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
