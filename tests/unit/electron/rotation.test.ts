// Rotation of the automatic backups (issue 18): a pure function of names, entry counts and
// a fake clock. Property tests for the invariants (never zero good backups, the snapshot
// before a restore always kept), then the scenarios that lost data before.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  backupDate,
  backupFileName,
  backupKind,
  KEEP_DAILY,
  KEEP_MONTHLY,
  KEEP_RECENT,
  planRotation,
  type BackupKind,
  type BackupRecord,
} from '../../../electron/rotation'

/** Local-time dates, so the tests mean the same in every time zone. */
const at = (y: number, m: number, d: number, h = 9, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s)
const addDays = (date: Date, days: number, hours = date.getHours()) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, hours)
const record = (date: Date, entryCount: number, kind: BackupKind = 'backup'): BackupRecord => ({
  name: backupFileName(date, kind),
  entryCount,
})

/** Simulates the folder: each day's writes, rotating after each one as writeBackup does. */
function simulate(days: number, countOn: (day: number) => number, start = at(2025, 1, 1)) {
  let folder: BackupRecord[] = []
  for (let day = 0; day < days; day++) {
    const now = addDays(start, day)
    folder.push(record(now, countOn(day)))
    const { keep } = planRotation(folder, now)
    folder = folder.filter((b) => keep.includes(b.name))
  }
  return folder
}

describe('names', () => {
  it('a snapshot names what it was taken before and reads back to the same time', () => {
    const date = at(2026, 3, 7, 8, 5, 9)
    expect(backupFileName(date, 'before-restore')).toBe(
      'leadlog-backup-2026-03-07-080509-before-restore.json',
    )
    expect(backupDate(backupFileName(date, 'before-migration'))).toEqual(date)
    expect(backupKind(backupFileName(date, 'before-migration'))).toBe('before-migration')
    expect(backupKind(backupFileName(date))).toBe('backup')
    expect(backupDate('leadlog-backup-2026-03-07-080509-before-lunch.json')).toBeNull()
  })
})

describe('retention', () => {
  it('one backup a day for 500 days keeps the last 20 days and the newest of each of 12 months', () => {
    const start = at(2025, 1, 1)
    const folder = Array.from({ length: 500 }, (_, i) => record(addDays(start, i), 100))
    const now = addDays(start, 499) // 2026-05-15
    const { keep, remove } = planRotation(folder, now)
    const recent = Array.from({ length: KEEP_RECENT }, (_, i) => backupFileName(addDays(now, -i)))
    const monthly = [
      backupFileName(now),
      ...Array.from({ length: 11 }, (_, i) => backupFileName(new Date(2026, 4 - i, 0, 9))),
    ]
    expect(keep).toEqual([...new Set([...recent, ...monthly])].sort().reverse())
    expect(remove).toHaveLength(500 - keep.length)
  })

  it('keeps the first and the last backup of each day, and the 20 newest', () => {
    const folder = Array.from({ length: 30 }, (_, i) => record(at(2026, 5, 15, 0, i * 2), 10))
    const { keep } = planRotation(folder, at(2026, 5, 15, 23))
    expect(keep).toHaveLength(KEEP_RECENT + 1)
    expect(keep).toContain(backupFileName(at(2026, 5, 15, 0, 0))) // the first of the day
  })

  it('a bad Replace restore then quitting never evicts the morning’s good backup', () => {
    // Many backups that day (manual, restores), the bad restore’s quit backup last.
    const folder = [
      record(at(2026, 5, 15, 8), 412),
      ...Array.from({ length: 25 }, (_, i) => record(at(2026, 5, 15, 9, i), 411)),
      record(at(2026, 5, 15, 18), 3),
    ]
    const { keep } = planRotation(folder, at(2026, 5, 15, 19))
    expect(keep).toContain(backupFileName(at(2026, 5, 15, 8)))
  })

  it('keeps backups dated after now (a clock that moved back) without using a slot', () => {
    const future = record(at(2027, 1, 1), 5)
    const past = Array.from({ length: KEEP_DAILY }, (_, i) => record(at(2026, 5, 1 + i), 5))
    const { keep } = planRotation([future, ...past], at(2026, 5, 20))
    expect(keep).toContain(future.name)
    for (const b of past) expect(keep).toContain(b.name)
  })

  it('keeps at most 12 monthly backups older than the recent ones', () => {
    const folder = Array.from({ length: 40 }, (_, i) => record(new Date(2023, i, 10, 9), 5))
    const { keep } = planRotation(folder, at(2026, 7, 1))
    expect(keep).toHaveLength(Math.max(KEEP_RECENT, KEEP_MONTHLY))
  })

  it('ignores files that are not backups', () => {
    const others = ['notes.txt', 'leadlog-backups-index.json'].map((name) => ({
      name,
      entryCount: 1,
    }))
    expect(planRotation(others, at(2026, 1, 1))).toEqual({ keep: [], remove: [] })
  })
})

describe('good data is never rotated away', () => {
  it('after a silent loss of storage, a year of empty daily backups keeps the last full one', () => {
    // 100 days of a growing journal, then the browser's storage is wiped: 0 entries daily.
    const folder = simulate(500, (day) => (day < 100 ? 200 + day : 0))
    const best = folder.reduce((a, b) => (b.entryCount > a.entryCount ? b : a))
    expect(best.entryCount).toBe(299)
    expect(best.name).toBe(backupFileName(addDays(at(2025, 1, 1), 99)))
  })

  it('a gradual decline is caught too: the largest backup stays', () => {
    const folder = simulate(400, (day) => Math.max(0, 300 - day))
    expect(Math.max(...folder.map((b) => b.entryCount))).toBe(300)
  })

  it('keeps the backup before a sharp drop for 30 days, and the latest such one for good', () => {
    const start = at(2026, 1, 1)
    const folder = simulate(200, (day) => (day === 150 ? 10 : 100), start)
    // Day 149 (100 entries) was followed by day 150 (10): both kept.
    expect(folder.map((b) => b.name)).toContain(backupFileName(addDays(start, 149)))
  })

  const kinds = fc.constantFrom<BackupKind>('backup', 'backup', 'backup', 'before-restore')
  const folders = fc
    .array(
      fc.record({
        minutes: fc.integer({ min: 0, max: 600 * 24 * 60 }),
        entryCount: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(-1)),
        kind: kinds,
      }),
      { minLength: 1, maxLength: 120 },
    )
    .map((items) => {
      const start = at(2025, 1, 1, 0).getTime()
      const byName = new Map<string, BackupRecord & { date: Date; kind: BackupKind }>()
      for (const item of items) {
        const date = new Date(start + item.minutes * 60_000)
        const name = backupFileName(date, item.kind)
        byName.set(name, { name, entryCount: item.entryCount, date, kind: item.kind })
      }
      return [...byName.values()]
    })

  it('property: never removes everything; keeps the newest, the largest, the last good one and the last snapshot', () => {
    fc.assert(
      fc.property(folders, fc.integer({ min: 0, max: 60 }), (folder, daysLater) => {
        const newest = folder.reduce((a, b) => (b.date > a.date ? b : a))
        const now = addDays(newest.date, daysLater)
        const { keep, remove } = planRotation(folder, now)
        expect(keep.length + remove.length).toBe(folder.length)
        expect(keep.length).toBeGreaterThan(0)
        expect(keep).toContain(newest.name)
        const known = folder.filter((b) => b.entryCount >= 0)
        if (known.length > 0) {
          const largest = Math.max(...known.map((b) => b.entryCount))
          expect(keep.some((n) => folder.find((b) => b.name === n)!.entryCount === largest)).toBe(
            true,
          )
          // The most recent backup holding ≥ 90 % of the largest of its last 30 days.
          const newestKnown = known.reduce((a, b) => (b.date > a.date ? b : a))
          const window = known.filter(
            (b) => b.date.getTime() >= newestKnown.date.getTime() - 30 * 86_400_000,
          )
          const bar = 0.9 * Math.max(...window.map((b) => b.entryCount))
          const good = known
            .filter((b) => b.entryCount >= bar)
            .reduce((a, b) => (b.date > a.date ? b : a))
          expect(keep).toContain(good.name)
        }
        const snapshots = folder.filter((b) => b.kind === 'before-restore')
        if (snapshots.length > 0) {
          expect(keep).toContain(snapshots.reduce((a, b) => (b.date > a.date ? b : a)).name)
        }
        // At least Day One's 20 most recent.
        const newestFirst = [...folder].sort((a, b) => b.date.getTime() - a.date.getTime())
        for (const b of newestFirst.slice(0, KEEP_RECENT)) expect(keep).toContain(b.name)
      }),
      { numRuns: 300 },
    )
  })
})
