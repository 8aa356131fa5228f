// App-wide: runs the backup feature's start-up work, and in the browser build shows a
// gentle reminder when the last backup is more than a week old (or there is none) and
// the journal holds entries of the user's own: a first run with only the sample journal,
// or an empty one, has nothing to lose.
import { useSettings } from '../../data/settings'
import { platform } from '../../platform'
import { useNavigation } from '../../app/navigation'
import { isBackupDue } from './backupAge'
import { useBackupUi } from './backupSlice'
import { useBackupStart } from './useBackupStart'
import { ShrinkNotice } from './ShrinkNotice'
import { useHasOwnEntries } from '../../data/ownEntries'
import './backup.css'

export function BackupReminder() {
  useBackupStart()
  const settings = useSettings()
  const hasOwn = useHasOwnEntries()
  const dismissed = useBackupUi((s) => s.reminderDismissed)
  const dismiss = useBackupUi((s) => s.dismissReminder)
  const autoError = useBackupUi((s) => s.autoBackupError)
  const shrunk = useBackupUi((s) => s.shrinkNotice)
  const view = useNavigation((s) => s.view)
  const go = useNavigation((s) => s.go)

  // Settings shows the same notice beside the list of backups.
  if (shrunk && view !== 'settings') return <ShrinkNotice onOpenBackups={() => go('settings')} />
  if (autoError) {
    return (
      <div className="backup-notice" role="alert">
        <span>{autoError}</span>
        <button type="button" className="link" onClick={() => go('settings')}>
          Open backup settings
        </button>
      </div>
    )
  }
  // Settings shows the same reminder in its backup section.
  if (platform.kind !== 'browser' || !settings || dismissed || view === 'settings') return null
  if (!hasOwn) return null
  if (!isBackupDue(settings.lastBackupAt, new Date())) return null
  // One line: the sentence, the one thing to do, and a quiet way to put it off.
  return (
    <aside className="backup-notice backup-notice-line" aria-label="Backup reminder">
      <span className="backup-notice-text">
        {settings.lastBackupAt
          ? 'Your last backup is more than a week old.'
          : 'You have not exported a backup yet.'}{' '}
        Your journal lives only in this browser.
      </span>
      <button type="button" className="link" onClick={() => go('settings')}>
        Back up in Settings
      </button>
      <button
        type="button"
        className="backup-notice-dismiss"
        aria-label="Not now"
        title="Not now"
        onClick={dismiss}
      >
        ×
      </button>
    </aside>
  )
}
