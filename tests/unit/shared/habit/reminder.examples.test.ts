// When the weekly reminder fires: worked examples in four time zones, across the days the
// clocks change, with and without entries in the last seven days.
import { describe, expect, it } from 'vitest'
import {
  GENERAL_PROMPT,
  instantOfLocalTime,
  reminderDue,
  type ReminderDecision,
  type ReminderInput,
} from '../../../../shared/habit'
import type { Entry, ReminderSettings } from '../../../../shared/entry'
import { entryOn } from './helpers'

const FRIDAY_4PM: ReminderSettings = { enabled: true, weekday: 5, time: '16:00' }
/** Last logged well over a week before any moment below (2026). */
const QUIET: Entry[] = [entryOn('2025-06-01')]

function decide(now: string, timeZone: string, more: Partial<ReminderInput> = {}) {
  return reminderDue({ now, timeZone, reminder: FRIDAY_4PM, entries: QUIET, ...more })
}

function reasonOf(decision: ReminderDecision): string {
  return decision.due ? 'due' : decision.reason
}

describe('the reminder moment, local time in each zone (Friday 10 July 2026, 16:00)', () => {
  it.each([
    ['Europe/London', '2026-07-10T15:00:00.000Z'], // BST, UTC+1
    ['America/New_York', '2026-07-10T20:00:00.000Z'], // EDT, UTC−4
    ['Asia/Kolkata', '2026-07-10T10:30:00.000Z'], // IST, UTC+5:30
    ['Pacific/Auckland', '2026-07-10T04:00:00.000Z'], // NZST, UTC+12
  ])('%s: due from %s, not a minute before', (timeZone, moment) => {
    const before = new Date(Date.parse(moment) - 60_000).toISOString()
    expect(decide(before, timeZone)).toEqual({ due: false, reason: 'not-yet', firesAt: moment })
    const at = decide(moment, timeZone)
    expect(at).toMatchObject({ due: true, firesAt: moment })
  })

  it('in winter the same wall time is another instant (London GMT, Auckland NZDT)', () => {
    expect(decide('2026-01-09T16:00:00.000Z', 'Europe/London')).toMatchObject({
      due: true,
      firesAt: '2026-01-09T16:00:00.000Z',
    })
    expect(decide('2026-01-09T02:59:00.000Z', 'Pacific/Auckland')).toMatchObject({
      reason: 'not-yet',
      firesAt: '2026-01-09T03:00:00.000Z',
    })
  })

  it('uses the local day, not the UTC one', () => {
    // Thursday 23:00 UTC is Friday 11:00 in Auckland (before 16:00) and already Friday
    // 16:00 + in no other zone here: New York is still Thursday afternoon.
    expect(decide('2026-07-09T23:00:00.000Z', 'Pacific/Auckland')).toMatchObject({
      reason: 'not-yet',
      firesAt: '2026-07-10T04:00:00.000Z',
    })
    // Friday 04:00 UTC is past 16:00 Friday in Auckland, but only midnight in New York.
    expect(reasonOf(decide('2026-07-10T04:00:00.000Z', 'Pacific/Auckland'))).toBe('due')
    expect(decide('2026-07-10T04:00:00.000Z', 'America/New_York')).toMatchObject({
      reason: 'not-yet',
      firesAt: '2026-07-10T20:00:00.000Z',
    })
  })

  it('takes the default Friday 16:00 when the user never set a reminder', () => {
    const decision = reminderDue({
      now: '2026-07-10T15:00:00.000Z',
      timeZone: 'Europe/London',
      entries: QUIET,
    })
    expect(decision).toMatchObject({ due: true, firesAt: '2026-07-10T15:00:00.000Z' })
  })
})

describe('a missed reminder (the app was closed at 16:00)', () => {
  it('fires when the app opens later the same week', () => {
    for (const now of [
      '2026-07-10T21:30:00.000Z', // Friday evening
      '2026-07-11T09:00:00.000Z', // Saturday
      '2026-07-12T22:59:00.000Z', // Sunday 23:59 BST
    ]) {
      expect(decide(now, 'Europe/London')).toMatchObject({
        due: true,
        firesAt: '2026-07-10T15:00:00.000Z',
      })
    }
  })

  it('is not carried into the next week, which waits for its own Friday', () => {
    // Monday 00:01 BST.
    expect(decide('2026-07-12T23:01:00.000Z', 'Europe/London')).toEqual({
      due: false,
      reason: 'not-yet',
      firesAt: '2026-07-17T15:00:00.000Z',
    })
  })

  it('a Monday reminder is due all week long once its moment has come', () => {
    const monday: ReminderSettings = { enabled: true, weekday: 1, time: '09:00' }
    expect(decide('2026-07-12T12:00:00.000Z', 'Asia/Kolkata', { reminder: monday })).toMatchObject({
      due: true,
      firesAt: '2026-07-06T03:30:00.000Z',
    })
  })
})

describe('shown already', () => {
  it('is not shown twice for the same week', () => {
    const decision = decide('2026-07-11T09:00:00.000Z', 'Europe/London', {
      lastShownAt: '2026-07-10T15:00:30.000Z',
    })
    expect(decision).toEqual({
      due: false,
      reason: 'shown',
      firesAt: '2026-07-10T15:00:00.000Z',
    })
  })

  it('a showing from an earlier week does not count', () => {
    const decision = decide('2026-07-11T09:00:00.000Z', 'Europe/London', {
      lastShownAt: '2026-07-03T15:00:30.000Z',
    })
    expect(reasonOf(decision)).toBe('due')
  })

  it('a stamp shown with an offset is read as the instant it names', () => {
    const decision = decide('2026-07-11T09:00:00.000Z', 'America/New_York', {
      lastShownAt: '2026-07-10T16:05:00-04:00',
    })
    expect(reasonOf(decision)).toBe('shown')
  })

  it('a stamp from a clock set years ahead is ignored', () => {
    const decision = decide('2026-07-11T09:00:00.000Z', 'Europe/London', {
      lastShownAt: '2031-01-01T00:00:00.000Z',
    })
    expect(reasonOf(decision)).toBe('due')
  })
})

describe('nothing logged in the last seven days', () => {
  const now = '2026-07-10T15:30:00.000Z' // Friday 16:30 BST
  const withEntries = (entries: Entry[]) => reasonOf(decide(now, 'Europe/London', { entries }))

  it('an entry dated today or in the six days before holds the reminder back', () => {
    expect(withEntries([entryOn('2026-07-10')])).toBe('logged')
    expect(withEntries([entryOn('2026-07-04', { createdAt: '2026-07-04T08:00:00.000Z' })])).toBe(
      'logged',
    )
  })

  it('an entry dated seven days ago and written then does not', () => {
    expect(withEntries([entryOn('2026-07-03', { createdAt: '2026-07-03T08:00:00.000Z' })])).toBe(
      'due',
    )
  })

  it('an old day written in the last 7 × 24 hours counts as logged', () => {
    expect(withEntries([entryOn('2026-05-01', { createdAt: '2026-07-04T09:00:00.000Z' })])).toBe(
      'logged',
    )
    expect(withEntries([entryOn('2026-05-01', { createdAt: '2026-07-03T15:29:00.000Z' })])).toBe(
      'due',
    )
  })

  it('entries in the trash and sample entries are not the user’s logging', () => {
    expect(
      withEntries([
        entryOn('2026-07-09', { deletedAt: '2026-07-09T13:00:00.000Z' }),
        entryOn('2026-07-08', { sample: true }),
      ]),
    ).toBe('due')
  })

  it('an empty journal gets the general question', () => {
    const decision = decide(now, 'Europe/London', { entries: [], role: 'director-ops' })
    expect(decision).toEqual({
      due: true,
      firesAt: '2026-07-10T15:00:00.000Z',
      prompt: GENERAL_PROMPT,
    })
  })

  it('the local day decides "today": late Friday in Auckland is already Saturday there', () => {
    // 2026-07-10T13:00Z is Saturday 01:00 in Auckland; an entry dated Friday 3 July there
    // is eight local days old.
    const decision = reminderDue({
      now: '2026-07-10T13:00:00.000Z',
      timeZone: 'Pacific/Auckland',
      reminder: FRIDAY_4PM,
      entries: [entryOn('2026-07-03', { createdAt: '2026-07-02T10:00:00.000Z' })],
    })
    expect(reasonOf(decision)).toBe('due')
    const inLondon = reminderDue({
      now: '2026-07-10T15:00:00.000Z',
      timeZone: 'Europe/London',
      reminder: FRIDAY_4PM,
      entries: [entryOn('2026-07-04', { createdAt: '2026-07-02T10:00:00.000Z' })],
    })
    expect(reasonOf(inLondon)).toBe('logged')
  })
})

describe('switched off', () => {
  it('is never due, whatever else holds', () => {
    const off = { ...FRIDAY_4PM, enabled: false }
    for (const now of ['2026-07-10T15:00:00.000Z', '2026-07-12T20:00:00.000Z']) {
      expect(decide(now, 'Europe/London', { reminder: off, entries: [] })).toEqual({
        due: false,
        reason: 'disabled',
      })
    }
  })
})

describe('the days the clocks change', () => {
  const sunday = (time: string): ReminderSettings => ({ enabled: true, weekday: 0, time })
  const firesAt = (now: string, timeZone: string, time: string) => {
    const decision = reminderDue({ now, timeZone, reminder: sunday(time), entries: QUIET })
    return decision.due || decision.reason !== 'disabled' ? decision.firesAt : null
  }

  it.each([
    // zone, day, 16:00 local in UTC
    ['America/New_York', '2026-03-08', '2026-03-08T20:00:00.000Z'], // spring forward: EDT
    ['America/New_York', '2026-11-01', '2026-11-01T21:00:00.000Z'], // fall back: EST
    ['Europe/London', '2026-03-29', '2026-03-29T15:00:00.000Z'], // spring forward: BST
    ['Europe/London', '2026-10-25', '2026-10-25T16:00:00.000Z'], // fall back: GMT
    ['Pacific/Auckland', '2026-09-27', '2026-09-27T03:00:00.000Z'], // spring forward: NZDT
    ['Pacific/Auckland', '2026-04-05', '2026-04-05T04:00:00.000Z'], // fall back: NZST
    ['Asia/Kolkata', '2026-03-08', '2026-03-08T10:30:00.000Z'], // no daylight saving
  ])('%s on %s: a 16:00 reminder fires at %s', (timeZone, day, moment) => {
    const laterThatSunday = new Date(Date.parse(moment) + 3_600_000).toISOString()
    expect(day).toBe(moment.slice(0, 10))
    expect(firesAt(laterThatSunday, timeZone, '16:00')).toBe(moment)
    const before = new Date(Date.parse(moment) - 1000).toISOString()
    const justBefore = reminderDue({
      now: before,
      timeZone,
      reminder: sunday('16:00'),
      entries: QUIET,
    })
    expect(reasonOf(justBefore)).toBe('not-yet')
    const at = reminderDue({ now: moment, timeZone, reminder: sunday('16:00'), entries: QUIET })
    expect(reasonOf(at)).toBe('due')
  })

  it('a time skipped by spring forward fires at the next valid instant, when the clocks jump', () => {
    // New York: 02:00 EST becomes 03:00 EDT on 8 March 2026; 02:30 never happens.
    expect(instantOfLocalTime('2026-03-08', 150, 'America/New_York')).toBe(
      Date.parse('2026-03-08T07:00:00Z'),
    )
    const before = reminderDue({
      now: '2026-03-08T06:59:59.000Z', // 01:59:59 EST
      timeZone: 'America/New_York',
      reminder: sunday('02:30'),
      entries: QUIET,
    })
    expect(before).toEqual({ due: false, reason: 'not-yet', firesAt: '2026-03-08T07:00:00.000Z' })
    const after = reminderDue({
      now: '2026-03-08T07:00:00.000Z', // 03:00 EDT
      timeZone: 'America/New_York',
      reminder: sunday('02:30'),
      entries: QUIET,
    })
    expect(after).toMatchObject({ due: true, firesAt: '2026-03-08T07:00:00.000Z' })
    // London skips 01:00–02:00; Auckland 02:00–03:00.
    expect(firesAt('2026-03-29T12:00:00Z', 'Europe/London', '01:30')).toBe(
      '2026-03-29T01:00:00.000Z',
    )
    expect(firesAt('2026-09-27T00:00:00Z', 'Pacific/Auckland', '02:30')).toBe(
      '2026-09-26T14:00:00.000Z',
    )
  })

  it('a time repeated by fall back fires at its first occurrence', () => {
    // New York 1 Nov 2026: 01:30 EDT (05:30Z), then 01:30 EST (06:30Z).
    expect(firesAt('2026-11-01T12:00:00Z', 'America/New_York', '01:30')).toBe(
      '2026-11-01T05:30:00.000Z',
    )
    // Shown at the first 01:30: the second one does not fire it again.
    const again = reminderDue({
      now: '2026-11-01T06:30:00.000Z',
      timeZone: 'America/New_York',
      reminder: sunday('01:30'),
      lastShownAt: '2026-11-01T05:30:10.000Z',
      entries: QUIET,
    })
    expect(reasonOf(again)).toBe('shown')
    // London 25 Oct 2026: 01:30 BST (00:30Z), then 01:30 GMT (01:30Z).
    expect(firesAt('2026-10-25T12:00:00Z', 'Europe/London', '01:30')).toBe(
      '2026-10-25T00:30:00.000Z',
    )
    // Auckland 5 Apr 2026: 02:30 NZDT (4 Apr 13:30Z), then 02:30 NZST (14:30Z).
    expect(firesAt('2026-04-05T00:00:00Z', 'Pacific/Auckland', '02:30')).toBe(
      '2026-04-04T13:30:00.000Z',
    )
  })

  it('the seven quiet days are local days and real hours across the change', () => {
    const sundayAt4 = (entries: Entry[]) =>
      reasonOf(
        reminderDue({
          now: '2026-11-08T21:00:00.000Z', // Sunday 8 Nov 16:00 EST
          timeZone: 'America/New_York',
          reminder: sunday('16:00'),
          entries,
        }),
      )
    // Dated Monday 2 Nov, six local days before: logged.
    expect(sundayAt4([entryOn('2026-11-02', { createdAt: '2026-10-20T12:00:00.000Z' })])).toBe(
      'logged',
    )
    // Dated and written Sunday 1 Nov at 15:00 EST: seven days and an hour ago: quiet.
    expect(sundayAt4([entryOn('2026-11-01', { createdAt: '2026-11-01T20:00:00.000Z' })])).toBe(
      'due',
    )
    // Written at 16:30 EST that Sunday: 6 days 23.5 hours ago: logged.
    expect(sundayAt4([entryOn('2026-10-20', { createdAt: '2026-11-01T21:30:00.000Z' })])).toBe(
      'logged',
    )
  })
})

describe('inputs it refuses', () => {
  it('throws a RangeError for a bad moment, zone, time or weekday', () => {
    expect(() => decide('not a time', 'Europe/London')).toThrow(RangeError)
    expect(() => decide('2026-07-10T15:00:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError)
    expect(() =>
      decide('2026-07-10T15:00:00Z', 'Europe/London', {
        reminder: { enabled: true, weekday: 5, time: '4pm' },
      }),
    ).toThrow(RangeError)
    expect(() =>
      decide('2026-07-10T15:00:00Z', 'Europe/London', {
        reminder: { enabled: true, weekday: 7, time: '16:00' },
      }),
    ).toThrow(RangeError)
  })
})
