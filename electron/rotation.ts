// Which automatic backups to keep. Pure: the clock comes in as `now`, and each backup's
// entry count comes from the folder's index, so tests run it with a fake clock.
//
// A backup is kept when any one rule wants it:
// - recent:   the KEEP_RECENT newest (Day One keeps 20);
// - daily:    the first and the last backup of each of the KEEP_DAILY most recent days
//             that have one (the morning's is the state before a day's work or a bad
//             restore; the evening's the state after);
// - monthly:  the newest of each of the KEEP_MONTHLY most recent months;
// - good:     the most recent backup holding at least GOOD_SHARE of the largest count
//             seen in the GOOD_WINDOW_DAYS before the newest backup, and the largest
//             backup of all (newest among equals). Counting back from the newest backup,
//             not from today, means that days of empty backups after a silent loss of
//             storage can never push the last full one out;
// - drop:     a backup followed by one holding far fewer entries (under DROP_SHARE of
//             its count): the one before the drop is kept with it, for GOOD_WINDOW_DAYS,
//             and the most recent such one for good;
// - snapshot: the most recent snapshot taken before a restore and before a migration,
//             and every snapshot from the last GOOD_WINDOW_DAYS;
// - future:   backups dated after `now` (a clock that was wrong) are kept and use no slot.
// Entry counts the index does not know (-1) take part in no count rule.

export const KEEP_RECENT = 20
export const KEEP_DAILY = 14
export const KEEP_MONTHLY = 12
export const GOOD_SHARE = 0.9
export const GOOD_WINDOW_DAYS = 30
export const DROP_SHARE = 0.5

/** Why a backup was taken: on a schedule, or as a snapshot before a risky change. */
export type BackupKind = 'backup' | 'before-restore' | 'before-migration'

const NAME =
  /^leadlog-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(-before-restore|-before-migration)?\.json$/

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/**
 * leadlog-backup-YYYY-MM-DD-HHmmss.json, in local time (what the user sees in the folder);
 * a snapshot adds what it was taken before: …-HHmmss-before-restore.json.
 */
export function backupFileName(at: Date, kind: BackupKind = 'backup'): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `leadlog-backup-${date}-${time}${kind === 'backup' ? '' : `-${kind}`}.json`
}

/** The local time a backup was written, from its name; null for any other file name. */
export function backupDate(name: string): Date | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [
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

export function backupKind(name: string): BackupKind {
  const suffix = NAME.exec(name)?.[7]
  return suffix ? (suffix.slice(1) as BackupKind) : 'backup'
}

export function isBackupFileName(name: string): boolean {
  return backupDate(name) !== null
}

export interface BackupRecord {
  name: string
  /** Entries it holds; -1 when not known. */
  entryCount: number
}

interface Dated extends BackupRecord {
  date: Date
  kind: BackupKind
}

const DAY_MS = 24 * 60 * 60 * 1000

function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The backups just before each drop, newest first. */
function beforeDrops(past: readonly Dated[]): Dated[] {
  const found: Dated[] = []
  // past is newest first: past[i + 1] is the backup just before past[i].
  for (let i = 0; i + 1 < past.length; i++) {
    const after = past[i]!
    const before = past[i + 1]!
    if (isFarFewer(before.entryCount, after.entryCount)) found.push(before)
  }
  return found
}

/** The backups the count rules protect: the last good one, the largest, before drops. */
function protectedByCounts(past: readonly Dated[]): Set<string> {
  const keep = new Set<string>()
  const known = past.filter((b) => b.entryCount >= 0)
  const newest = known[0]
  if (!newest) return keep
  const windowStart = newest.date.getTime() - GOOD_WINDOW_DAYS * DAY_MS
  const recent = known.filter((b) => b.date.getTime() >= windowStart)
  const largestRecent = Math.max(...recent.map((b) => b.entryCount))
  const good = known.find((b) => b.entryCount >= largestRecent * GOOD_SHARE)
  if (good) keep.add(good.name)
  const largest = Math.max(...known.map((b) => b.entryCount))
  const largestBackup = known.find((b) => b.entryCount === largest)
  if (largestBackup) keep.add(largestBackup.name)
  const drops = beforeDrops(known)
  drops.forEach((b, i) => {
    if (i === 0 || b.date.getTime() >= windowStart) keep.add(b.name)
  })
  return keep
}

/**
 * Splits backups into those to keep and those to delete (both newest first). Names that
 * are not backups are never returned in either list.
 */
export function planRotation(
  backups: readonly BackupRecord[],
  now: Date,
): { keep: string[]; remove: string[] } {
  const dated = backups
    .map((b) => ({ ...b, date: backupDate(b.name), kind: backupKind(b.name) }))
    .filter((b): b is Dated => b.date !== null)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.name < b.name ? 1 : -1))

  const keep = new Set<string>()
  const past = dated.filter((b) => {
    if (b.date.getTime() <= now.getTime()) return true
    keep.add(b.name)
    return false
  })

  past.slice(0, KEEP_RECENT).forEach((b) => keep.add(b.name))

  // Newest first, so the first seen of a day is its last backup and the last seen its first.
  const days = new Map<string, { last: Dated; first: Dated }>()
  const months = new Set<string>()
  for (const b of past) {
    const day = dayOf(b.date)
    const seen = days.get(day)
    if (seen) seen.first = b
    else if (days.size < KEEP_DAILY) days.set(day, { last: b, first: b })
    const month = day.slice(0, 7)
    if (!months.has(month) && months.size < KEEP_MONTHLY) {
      months.add(month)
      keep.add(b.name)
    }
  }
  for (const { first, last } of days.values()) keep.add(first.name).add(last.name)

  for (const name of protectedByCounts(past)) keep.add(name)

  const snapshotWindow = now.getTime() - GOOD_WINDOW_DAYS * DAY_MS
  for (const kind of ['before-restore', 'before-migration'] as const) {
    const snapshots = past.filter((b) => b.kind === kind)
    if (snapshots[0]) keep.add(snapshots[0].name)
    for (const b of snapshots) if (b.date.getTime() >= snapshotWindow) keep.add(b.name)
  }

  const ordered = dated.map((b) => b.name)
  return {
    keep: ordered.filter((name) => keep.has(name)),
    remove: ordered.filter((name) => !keep.has(name)),
  }
}

/**
 * Whether `current` holds far fewer entries than `previous`: the user is told, and
 * rotation keeps the one before (see the drop rule).
 */
export function isFarFewer(previous: number, current: number): boolean {
  return previous > 0 && current >= 0 && current < previous * DROP_SHARE
}
