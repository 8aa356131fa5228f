// Which automatic backups to keep: the newest of each of the 14 most recent days that
// have one, and the newest of each of the 12 most recent months. Pure: the clock comes
// in as `now`, so tests use a fake one.

export const KEEP_DAILY = 14
export const KEEP_MONTHLY = 12

const NAME = /^leadlog-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** leadlog-backup-YYYY-MM-DD-HHmmss.json, in local time (what the user sees in the folder). */
export function backupFileName(at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `leadlog-backup-${date}-${time}.json`
}

/** The local time a backup was written, from its name; null for any other file name. */
export function backupDate(name: string): Date | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const date = new Date(year, month - 1, day, hours, minutes, seconds)
  // Rejects impossible dates such as 2026-02-31, which Date would roll over.
  return date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hours
    ? date
    : null
}

export function isBackupFileName(name: string): boolean {
  return backupDate(name) !== null
}

/**
 * Splits backup file names into those to keep and those to delete. Files dated after
 * `now` (a clock that was wrong or moved back) are kept and do not use up a slot.
 * Names that are not backups are never returned in either list.
 */
export function planRotation(
  names: readonly string[],
  now: Date,
): { keep: string[]; remove: string[] } {
  const dated = names
    .map((name) => ({ name, date: backupDate(name) }))
    .filter((item): item is { name: string; date: Date } => item.date !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.name < b.name ? 1 : -1))

  const keep = new Set<string>()
  const days = new Set<string>()
  const months = new Set<string>()
  for (const { name, date } of dated) {
    if (date.getTime() > now.getTime()) {
      keep.add(name)
      continue
    }
    const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`
    const day = `${month}-${pad(date.getDate())}`
    if (!days.has(day) && days.size < KEEP_DAILY) {
      days.add(day)
      keep.add(name)
    }
    if (!months.has(month) && months.size < KEEP_MONTHLY) {
      months.add(month)
      keep.add(name)
    }
  }
  const ordered = dated.map((item) => item.name)
  return {
    keep: ordered.filter((name) => keep.has(name)),
    remove: ordered.filter((name) => !keep.has(name)),
  }
}
