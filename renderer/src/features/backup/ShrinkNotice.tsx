// Says that the backup just written holds far fewer entries than the one before it. Both
// are kept (rotation protects the earlier one), and the user decides: a cleanup they
// meant, or entries lost (a bad restore, a browser that cleared its storage).
import { formatCount, formatMoment } from '../../../../shared/format'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import { useBackupUi } from './backupSlice'

export function ShrinkNotice({ onOpenBackups }: { onOpenBackups?: () => void }) {
  const notice = useBackupUi((s) => s.shrinkNotice)
  const dismiss = useBackupUi((s) => s.setShrinkNotice)
  const locale = useLocale()
  const timeZone = useTimeZone()
  if (!notice) return null
  const entries = (n: number) => formatCount(n, 'entry', 'entries', locale)
  const when = formatMoment(notice.previous.createdAt, locale, timeZone)
  return (
    <div className="backup-notice" role="alert">
      <span>
        The backup just written holds {entries(notice.entryCount)}, far fewer than the{' '}
        {entries(notice.previous.entryCount)} of the backup of {when}. Both are kept. If entries are
        missing from your journal, restore the earlier backup.
      </span>
      {onOpenBackups && (
        <button type="button" className="link" onClick={onOpenBackups}>
          Open backups
        </button>
      )}
      <button type="button" className="link" onClick={() => dismiss(null)}>
        Dismiss
      </button>
    </div>
  )
}
