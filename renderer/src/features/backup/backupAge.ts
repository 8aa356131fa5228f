// When to remind a browser user to export a backup.
import { formatCount, formatMoment } from '../../../../shared/format'
import { daysBetween, localIsoDate } from '../../../../shared/time'

export const REMIND_AFTER_DAYS = 7

/** Never backed up, or the last backup is more than REMIND_AFTER_DAYS days old. */
export function isBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
  if (!lastBackupAt) return true
  return daysBetween(localIsoDate(new Date(lastBackupAt)), localIsoDate(now)) > REMIND_AFTER_DAYS
}

/** "yesterday (20 Nov 2026, 12:00)", the moment in `timeZone` and written for `locale`. */
export function describeLastBackup(
  lastBackupAt: string | undefined,
  now: Date,
  locale: string,
  timeZone: string,
): string {
  if (!lastBackupAt) return 'never'
  const days = daysBetween(localIsoDate(new Date(lastBackupAt)), localIsoDate(now))
  const when = formatMoment(lastBackupAt, locale, timeZone)
  if (days <= 0) return `today (${when})`
  if (days === 1) return `yesterday (${when})`
  return `${formatCount(days, 'day', 'days', locale)} ago (${when})`
}
