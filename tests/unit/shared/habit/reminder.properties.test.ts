// Properties of the weekly reminder over generated weeks, zones, times and journals,
// checked against wall clocks read here straight from Intl (not through the code tested).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  instantOfLocalTime,
  reminderDue,
  startOfWeek,
  type ReminderDecision,
} from '../../../../shared/habit'
import type { Entry, ReminderSettings } from '../../../../shared/entry'
import { entryOn } from './helpers'

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'] as const
const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Clock changes in 2026 in the zones above (UTC), so walks cross them often. */
const CHANGE_DAYS: Record<(typeof ZONES)[number], string[]> = {
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Asia/Kolkata': [],
  'Pacific/Auckland': ['2026-04-05', '2026-09-27'],
}
const CHANGES = [
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-09-26T14:00:00Z',
  '2026-04-04T14:00:00Z',
].map(Date.parse)

const walls = new Map<string, Intl.DateTimeFormat>()
/** "2026-03-08 03:00:00" in the zone, read from Intl independently of shared/habit. */
function wall(ms: number, timeZone: string): string {
  let format = walls.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    walls.set(timeZone, format)
  }
  return format.format(ms)
}
const localDay = (ms: number, timeZone: string) => wall(ms, timeZone).slice(0, 10)
const weekOf = (ms: number, timeZone: string) => startOfWeek(localDay(ms, timeZone), 1)
const weekdayOfDay = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay()

const zoneArb = fc.constantFrom(...ZONES)
const reminderArb = fc.record({
  enabled: fc.constant(true),
  // Sundays often: the clocks change on Sundays in these zones.
  weekday: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })),
  // Up to 22:59, so at least an hour of every week is left after the moment.
  time: fc
    .tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
}) satisfies fc.Arbitrary<ReminderSettings>
/** A moment in 2026, often within a fortnight of a clock change. */
const momentArb = fc.oneof(
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-20T00:00:00Z') }),
  fc
    .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -14 * DAY, max: 14 * DAY }))
    .map(([at, shift]) => at + shift),
)
const oldJournal: Entry[] = [entryOn('2025-01-06', { competencies: ['strategy'] })]

function decide(
  nowMs: number,
  timeZone: string,
  reminder: ReminderSettings,
  extra: { lastShownAt?: string; entries?: Entry[] } = {},
): ReminderDecision {
  return reminderDue({
    now: new Date(nowMs).toISOString(),
    timeZone,
    reminder,
    entries: extra.entries ?? oldJournal,
    lastShownAt: extra.lastShownAt,
    role: 'director-ops',
  })
}

describe('the reminder moment, properties', () => {
  it('is the first second the local clock reads the chosen time, or later when it is skipped', () => {
    const zoneAndDay = zoneArb.chain((zone) =>
      fc.tuple(
        fc.constant(zone),
        fc.oneof(
          fc.constantFrom('2026-01-15', '2026-07-15', ...CHANGE_DAYS[zone]),
          fc
            .integer({ min: 0, max: 364 })
            .map((n) =>
              new Date(Date.parse('2026-01-01T00:00:00Z') + n * DAY).toISOString().slice(0, 10),
            ),
        ),
      ),
    )
    fc.assert(
      fc.property(
        zoneAndDay,
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        ([timeZone, day], minute) => {
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`
          const target = `${day} ${time}`
          const moment = instantOfLocalTime(day, minute, timeZone)
          const reads = wall(moment, timeZone)
          // On the day, at the time or within the hour a spring-forward skips.
          expect(reads >= target).toBe(true)
          expect(reads.slice(0, 10)).toBe(day)
          // Nothing earlier in the hours before read the time yet (the first of a repeated hour).
          for (const back of [1000, 30 * 60_000, HOUR, 90 * 60_000, 2 * HOUR]) {
            expect(wall(moment - back, timeZone) < target).toBe(true)
          }
          // When the time exists, the clock reads it exactly.
          if (reads !== target) {
            expect(reads.slice(11)).toMatch(/^\d\d:00:00$/)
            expect(
              Date.parse(`${reads.replace(' ', 'T')}Z`) -
                Date.parse(`${target.replace(' ', 'T')}Z`),
            ).toBeLessThanOrEqual(HOUR)
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('reminderDue, properties', () => {
  it('walking the clock through three weeks: exactly one reminder a week, never before its moment', () => {
    fc.assert(
      fc.property(
        zoneArb,
        reminderArb,
        momentArb,
        fc.integer({ min: 5, max: 45 }),
        (timeZone, reminder, start, stepMinutes) => {
          let lastShownAt: string | undefined
          const fired: number[] = []
          const end = start + 21 * DAY
          for (let now = start; now <= end; now += stepMinutes * 60_000) {
            const decision = decide(now, timeZone, reminder, { lastShownAt })
            if (!decision.due) continue
            const moment = Date.parse(decision.firesAt)
            expect(now).toBeGreaterThanOrEqual(moment)
            // The moment is the first second the local clock reads the chosen time (or
            // later, when that time is skipped) on the chosen weekday of now's week.
            expect(weekOf(moment, timeZone)).toBe(weekOf(now, timeZone))
            expect(weekdayOfDay(localDay(moment, timeZone))).toBe(reminder.weekday)
            expect(wall(moment, timeZone).slice(11, 16) >= reminder.time).toBe(true)
            expect(
              wall(moment - 1000, timeZone) < `${localDay(moment, timeZone)} ${reminder.time}`,
            ).toBe(true)
            fired.push(now)
            lastShownAt = new Date(now).toISOString()
          }
          const weeks = fired.map((ms) => weekOf(ms, timeZone))
          expect(new Set(weeks).size).toBe(weeks.length)
          // Every week wholly inside the walk fired once.
          const first = weekOf(start, timeZone)
          const last = weekOf(end, timeZone)
          const whole = new Set<string>()
          for (let ms = start; ms <= end; ms += HOUR) {
            const week = weekOf(ms, timeZone)
            if (week !== first && week !== last) whole.add(week)
          }
          for (const week of whole) expect(weeks).toContain(week)
        },
      ),
      { numRuns: 15 },
    )
  })

  it('due only after its moment in the same local week; not yet only before it', () => {
    fc.assert(
      fc.property(zoneArb, reminderArb, momentArb, (timeZone, reminder, now) => {
        const decision = decide(now, timeZone, reminder)
        if (!decision.due && decision.reason === 'disabled') throw new Error('it is on')
        const moment = Date.parse(decision.firesAt)
        expect(weekOf(moment, timeZone)).toBe(weekOf(now, timeZone))
        if (decision.due) expect(now).toBeGreaterThanOrEqual(moment)
        else if (decision.reason === 'not-yet') expect(now).toBeLessThan(moment)
        else expect(decision.reason).not.toBe('shown')
      }),
      { numRuns: 300 },
    )
  })

  it('once shown, stays quiet for the rest of that week', () => {
    fc.assert(
      fc.property(
        zoneArb,
        reminderArb,
        momentArb,
        fc.integer({ min: 0, max: 7 * DAY }),
        (timeZone, reminder, now, later) => {
          const decision = decide(now, timeZone, reminder)
          fc.pre(decision.due)
          const lastShownAt = new Date(now).toISOString()
          const then = now + later
          const after = decide(then, timeZone, reminder, { lastShownAt })
          if (weekOf(then, timeZone) === weekOf(now, timeZone)) {
            expect(after).toMatchObject({ due: false, reason: 'shown' })
          } else {
            expect(after.due ? 'due' : after.reason).not.toBe('shown')
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('anything logged in the last seven days holds it back; older entries never do', () => {
    fc.assert(
      fc.property(
        zoneArb,
        reminderArb,
        momentArb,
        fc.integer({ min: 0, max: 7 * DAY - 1 }),
        fc.integer({ min: 0, max: 6 }),
        (timeZone, reminder, now, ago, daysBack) => {
          const base = decide(now, timeZone, reminder)
          // Written within the last 7 × 24 hours, about any day.
          const written = entryOn('2024-02-02', { createdAt: new Date(now - ago).toISOString() })
          // Dated today or in the six local days before, written long ago.
          const today = localDay(now, timeZone)
          const dated = entryOn(
            new Date(Date.parse(`${today}T00:00:00Z`) - daysBack * DAY).toISOString().slice(0, 10),
            { createdAt: '2024-02-02T00:00:00.000Z' },
          )
          for (const entry of [written, dated]) {
            const withIt = decide(now, timeZone, reminder, { entries: [...oldJournal, entry] })
            if (base.due)
              expect(withIt).toEqual({ due: false, reason: 'logged', firesAt: base.firesAt })
            else expect(withIt).toEqual(base)
          }
          // In the trash it does not count.
          const trashed = { ...written, deletedAt: new Date(now).toISOString() }
          expect(decide(now, timeZone, reminder, { entries: [...oldJournal, trashed] })).toEqual(
            base,
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  it('switched off, it is never due', () => {
    fc.assert(
      fc.property(zoneArb, reminderArb, momentArb, (timeZone, reminder, now) => {
        expect(decide(now, timeZone, { ...reminder, enabled: false }, { entries: [] })).toEqual({
          due: false,
          reason: 'disabled',
        })
      }),
      { numRuns: 100 },
    )
  })

  it('a zone without daylight saving is a fixed shift of UTC', () => {
    // Kolkata is UTC+5:30 all year: its decision at t is UTC's at t + 5.5 hours, shifted back.
    const shift = 5.5 * HOUR
    fc.assert(
      fc.property(reminderArb, momentArb, (reminder, now) => {
        const kolkata = decide(now, 'Asia/Kolkata', reminder)
        const utc = decide(now + shift, 'UTC', reminder)
        expect(kolkata.due).toBe(utc.due)
        if (kolkata.due || kolkata.reason !== 'disabled') {
          if (utc.due || utc.reason !== 'disabled') {
            expect(Date.parse(kolkata.firesAt)).toBe(Date.parse(utc.firesAt) - shift)
          }
        }
      }),
      { numRuns: 150 },
    )
  })
})
