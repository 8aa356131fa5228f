// The "this week" strip: seven days, each with its count, against the weekly target.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { weekStrip, type Weekday } from '../../../../shared/habit'
import { addDays } from '../../../../shared/time'
import { entryOn } from './helpers'

describe('weekStrip', () => {
  // Wednesday 8 July 2026; its Monday-to-Sunday week is 6 to 12 July.
  const asOf = '2026-07-08'

  it('counts the week’s entries by the day they happened, Monday to Sunday', () => {
    const entries = [
      entryOn('2026-07-06'),
      entryOn('2026-07-06'),
      entryOn('2026-07-08'),
      entryOn('2026-07-05'), // the Sunday before
      entryOn('2026-07-13'), // the Monday after
    ]
    expect(weekStrip(entries, { asOf, weekStartsOn: 1, target: 3 })).toEqual({
      days: [
        { date: '2026-07-06', count: 2 },
        { date: '2026-07-07', count: 0 },
        { date: '2026-07-08', count: 1 },
        { date: '2026-07-09', count: 0 },
        { date: '2026-07-10', count: 0 },
        { date: '2026-07-11', count: 0 },
        { date: '2026-07-12', count: 0 },
      ],
      total: 3,
      target: 3,
      met: true,
    })
  })

  it('leaves out the trash and the sample journal', () => {
    const entries = [
      entryOn('2026-07-07'),
      entryOn('2026-07-07', { deletedAt: '2026-07-08T09:00:00.000Z' }),
      entryOn('2026-07-07', { sample: true }),
    ]
    const strip = weekStrip(entries, { asOf, target: 2 })
    expect(strip.total).toBe(1)
    expect(strip.days[1]).toEqual({ date: '2026-07-07', count: 1 })
    expect(strip.met).toBe(false)
  })

  it('is the week holding the day, whichever weekday it is; Monday unless told', () => {
    expect(weekStrip([], { asOf: '2026-07-06', target: 2 }).days[0]!.date).toBe('2026-07-06')
    expect(weekStrip([], { asOf: '2026-07-12', target: 2 }).days[0]!.date).toBe('2026-07-06')
    const sundayFirst = weekStrip([], { asOf: '2026-07-12', weekStartsOn: 0, target: 2 })
    expect(sundayFirst.days.map((d) => d.date)).toEqual([
      '2026-07-12',
      '2026-07-13',
      '2026-07-14',
      '2026-07-15',
      '2026-07-16',
      '2026-07-17',
      '2026-07-18',
    ])
  })

  it('an empty week against a target of two', () => {
    expect(weekStrip([], { asOf, target: 2 })).toMatchObject({ total: 0, target: 2, met: false })
  })

  it('refuses a day that is not one, or a first weekday out of range', () => {
    expect(() => weekStrip([], { asOf: '2026-13-01', target: 2 })).toThrow(RangeError)
    expect(() => weekStrip([], { asOf, target: 2, weekStartsOn: 7 as Weekday })).toThrow(RangeError)
  })

  it('properties: seven days in a row holding asOf; counts add up; met follows the target', () => {
    const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays('2026-01-01', n))
    fc.assert(
      fc.property(
        day,
        fc.array(fc.record({ on: day, deleted: fc.boolean(), sample: fc.boolean() }), {
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 20 }),
        (asOf, drafts, weekStartsOn, target) => {
          const entries = drafts.map((d) =>
            entryOn(d.on, {
              ...(d.deleted ? { deletedAt: '2027-01-01T00:00:00.000Z' } : {}),
              sample: d.sample,
            }),
          )
          const strip = weekStrip(entries, { asOf, weekStartsOn: weekStartsOn as Weekday, target })
          expect(strip.days).toHaveLength(7)
          strip.days.forEach((d, i) => expect(d.date).toBe(addDays(strip.days[0]!.date, i)))
          expect(new Date(`${strip.days[0]!.date}T00:00:00Z`).getUTCDay()).toBe(weekStartsOn)
          expect(strip.days.some((d) => d.date === asOf)).toBe(true)
          expect(strip.total).toBe(strip.days.reduce((sum, d) => sum + d.count, 0))
          const first = strip.days[0]!.date
          const last = strip.days[6]!.date
          const own = drafts.filter((d) => !d.deleted && !d.sample && d.on >= first && d.on <= last)
          expect(strip.total).toBe(own.length)
          expect(strip.met).toBe(strip.total >= target)
        },
      ),
      { numRuns: 200 },
    )
  })
})
