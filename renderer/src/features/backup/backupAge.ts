// When to remind a browser user to export a backup.
import { daysBetween, localIsoDate } from '../../../../shared/time'

export const REMIND_AFTER_DAYS = 7

/** Never backed up, or the last backup is more than REMIND_AFTER_DAYS days old. */
export function isBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
  if (!lastBackupAt) return true
  return daysBetween(localIsoDate(new Date(lastBackupAt)), localIsoDate(now)) > REMIND_AFTER_DAYS
}

export function describeLastBackup(lastBackupAt: string | undefined, now: Date): string {
  if (!lastBackupAt) return 'never'
  const days = daysBetween(localIsoDate(new Date(lastBackupAt)), localIsoDate(now))
  const when = new Date(lastBackupAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  if (days <= 0) return `today (${when})`
  if (days === 1) return `yesterday (${when})`
  return `${days} days ago (${when})`
}
