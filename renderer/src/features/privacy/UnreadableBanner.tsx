// At the top of the content: records that would not open, named, and what that means.
import { useLocale } from '../../app/localeSlice'
import { useUnreadableRecords } from '../../data/vault'
import { describeUnreadable } from './unreadableMessage'
import './privacy.css'

export function UnreadableBanner() {
  const records = useUnreadableRecords()
  const locale = useLocale()
  const message = describeUnreadable(records, locale)
  if (!message) return null
  return (
    <div className="unreadable-banner" role="alert">
      {message}
    </div>
  )
}
