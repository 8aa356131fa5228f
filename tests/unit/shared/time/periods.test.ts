import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  calendarQuarter,
  customPeriod,
  fiscalQuarter,
  formatDay,
  formatRange,
  isInPeriod,
  periodFromRange,
  periodLength,
  previousPeriod,
  quarterOf,
  recentQuarters,
} from '../../../../shared/time'
import { addDays, fromDayNumber, toDayNumber } from '../../../../shared/time'

describe('calendar quarters', () => {
  it('covers first to last day inclusive, with the right labels', () => {
    expect(calendarQuarter(2026, 1)).toMatchObject({
      kind: 'calendar-quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      label: '2026 Q1',
      slug: '2026-Q1',
    })
    expect(calendarQuarter(2026, 4)).toMatchObject({ from: '2026-10-01', to: '2026-12-31' })
    expect(calendarQuarter(2026, 2)).toMatchObject({ from: '2026-04-01', to: '2026-06-30' })
  })

  it('includes the first and last day and excludes the days either side', () => {
    const q = quarterOf('2026-11-22')
    expect(q.label).toBe('2026 Q4')
    expect(isInPeriod('2026-10-01', q)).toBe(true)
    expect(isInPeriod('2026-12-31', q)).toBe(true)
    expect(isInPeriod('2026-09-30', q)).toBe(false)
    expect(isInPeriod('2027-01-01', q)).toBe(false)
    expect(quarterOf('2026-12-31').label).toBe('2026 Q4')
    expect(quarterOf('2027-01-01').label).toBe('2027 Q1')
    expect(quarterOf('2026-03-31').label).toBe('2026 Q1')
    expect(quarterOf('2026-04-01').label).toBe('2026 Q2')
  })

  it('knows leap years', () => {
    expect(quarterOf('2028-02-29')).toMatchObject({ from: '2028-01-01', to: '2028-03-31' })
    expect(periodLength(calendarQuarter(2028, 1))).toBe(91)
    expect(periodLength(calendarQuarter(2026, 1))).toBe(90)
    // A fiscal quarter ending in February ends on the 29th in a leap year.
    expect(fiscalQuarter(2028, 3, 6)).toMatchObject({ from: '2027-12-01', to: '2028-02-29' })
    expect(fiscalQuarter(2027, 3, 6)).toMatchObject({ from: '2026-12-01', to: '2027-02-28' })
  })
})

describe('fiscal quarters (named by the calendar year in which the fiscal year ends)', () => {
  it('starts FY2027 in July 2026 for a July start', () => {
    expect(quarterOf('2026-07-01', 7)).toMatchObject({
      kind: 'fiscal-quarter',
      from: '2026-07-01',
      to: '2026-09-30',
      label: 'FY2027 Q1',
      slug: 'FY2027-Q1',
    })
    expect(quarterOf('2026-06-30', 7)).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
      label: 'FY2026 Q4',
    })
    expect(quarterOf('2027-01-15', 7).label).toBe('FY2027 Q3')
  })

  it('handles April (UK) and October (US federal) starts', () => {
    expect(quarterOf('2026-04-01', 4)).toMatchObject({ label: 'FY2027 Q1', to: '2026-06-30' })
    expect(quarterOf('2026-03-31', 4)).toMatchObject({ label: 'FY2026 Q4', from: '2026-01-01' })
    expect(quarterOf('2026-10-01', 10)).toMatchObject({
      label: 'FY2027 Q1',
      from: '2026-10-01',
      to: '2026-12-31',
    })
    expect(quarterOf('2026-09-30', 10).label).toBe('FY2026 Q4')
  })

  it('handles quarters that cross a calendar year', () => {
    expect(quarterOf('2026-12-15', 11)).toMatchObject({
      from: '2026-11-01',
      to: '2027-01-31',
      label: 'FY2027 Q1',
    })
    expect(quarterOf('2027-01-31', 11).label).toBe('FY2027 Q1')
    expect(quarterOf('2027-02-01', 11).label).toBe('FY2027 Q2')
  })

  it('a January start is the calendar quarter', () => {
    expect(quarterOf('2026-05-05', 1)).toEqual(calendarQuarter(2026, 2))
  })

  it('rejects impossible start months and quarters', () => {
    expect(() => quarterOf('2026-05-05', 13)).toThrow(/month from 1 to 12/)
    expect(() => fiscalQuarter(2026, 5, 1)).toThrow(/1 to 4/)
  })

  it('tiles time: for every start month the quarters are contiguous and contain their days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1971-01-01'), max: toDayNumber('2099-12-31') }),
        fc.integer({ min: 1, max: 12 }),
        (day, startMonth) => {
          const date = fromDayNumber(day)
          const q = quarterOf(date, startMonth)
          expect(isInPeriod(date, q)).toBe(true)
          expect(periodLength(q)).toBeGreaterThanOrEqual(89)
          expect(periodLength(q)).toBeLessThanOrEqual(92)
          const next = quarterOf(addDays(q.to, 1), startMonth)
          expect(next.from).toBe(addDays(q.to, 1))
          expect(previousPeriod(next)).toEqual(q)
        },
      ),
    )
  })
})

describe('custom ranges and comparison periods', () => {
  it('accepts a valid range and explains an invalid one', () => {
    const ok = customPeriod('2026-02-03', '2026-03-17')
    expect(ok).toMatchObject({
      ok: true,
      period: { label: '3 Feb – 17 Mar 2026', slug: '2026-02-03-to-2026-03-17' },
    })
    expect(customPeriod('2026-03-17', '2026-02-03')).toEqual({
      ok: false,
      message: 'The start date is after the end date.',
    })
    expect(customPeriod('2026-02-30', '2026-03-01')).toMatchObject({ ok: false })
    expect(customPeriod('2026-05-05', '2026-05-05')).toMatchObject({
      ok: true,
      period: { label: '5 May 2026', slug: '2026-05-05' },
    })
  })

  it('compares a custom range with the same number of days just before it', () => {
    const period = periodFromRange('2026-02-03', '2026-03-17')
    const previous = previousPeriod(period)
    expect(previous.to).toBe('2026-02-02')
    expect(periodLength(previous)).toBe(periodLength(period))
    expect(previous.from).toBe('2025-12-22')
  })

  it('compares a quarter with the quarter before, across years', () => {
    expect(previousPeriod(calendarQuarter(2026, 1)).label).toBe('2025 Q4')
    expect(previousPeriod(quarterOf('2026-07-10', 7)).label).toBe('FY2026 Q4')
  })

  it('recognises a plain range that is exactly a calendar quarter', () => {
    expect(periodFromRange('2026-10-01', '2026-12-31').label).toBe('2026 Q4')
    expect(periodFromRange('2026-10-01', '2026-12-30').kind).toBe('custom')
    expect(() => periodFromRange('2026-12-31', '2026-10-01')).toThrow(/after the end/)
  })

  it('lists recent quarters newest first', () => {
    expect(recentQuarters('2026-02-10', 3, 1).map((q) => q.label)).toEqual([
      '2026 Q1',
      '2025 Q4',
      '2025 Q3',
    ])
  })
})

describe('formatting is British English by default and independent of the time zone', () => {
  it('formats days and ranges', () => {
    expect(formatDay('2026-01-05')).toBe('5 Jan 2026')
    expect(formatRange('2026-10-01', '2026-12-31')).toBe('1 Oct – 31 Dec 2026')
    expect(formatRange('2026-11-01', '2027-01-31')).toBe('1 Nov 2026 – 31 Jan 2027')
    expect(formatRange('2026-11-05', '2026-11-09')).toBe('5 – 9 Nov 2026')
  })

  it('takes a locale for the app, keeping British English for documents', () => {
    expect(formatDay('2026-01-05', 'en-US')).toBe('Jan 5, 2026')
    expect(formatRange('2026-10-01', '2026-12-31', 'en-US')).toBe('Oct 1 – Dec 31, 2026')
    expect(formatRange('2026-10-01', '2026-12-31', 'de-DE')).toBe('1. Okt. – 31. Dez. 2026')
  })

  it('gives the same quarters whatever TZ the process runs in', () => {
    // Dates are strings and days are counted in UTC, so TZ cannot move a boundary;
    // this guards against a future change to local-time Date arithmetic.
    const before = process.env.TZ
    const results: string[] = []
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns']) {
      process.env.TZ = tz
      results.push(JSON.stringify([quarterOf('2026-12-31'), quarterOf('2026-07-01', 7)]))
    }
    process.env.TZ = before
    expect(new Set(results).size).toBe(1)
    expect(JSON.parse(results[0] ?? '[]')[0].to).toBe('2026-12-31')
  })
})
