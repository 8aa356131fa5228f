// Review periods: calendar quarters, fiscal quarters and custom ranges, all as inclusive
// YYYY-MM-DD boundaries. Everything works on calendar-date strings (via ./dates, which
// counts UTC days), so no result depends on the machine's time zone.
//
// Fiscal-year convention: a fiscal year is named by the calendar year in which it ENDS.
// With a July start, 1 Jul 2026 – 30 Jun 2027 is "FY2027" and 1 Jul 2026 opens
// "FY2027 Q1". With a January start the fiscal year is the calendar year.
import { formatDay as formatCalendarDay, formatDayRange } from '../format'
import { addDays, daysBetween, endOfMonth, isRealIsoDate } from './dates'

export type PeriodKind = 'calendar-quarter' | 'fiscal-quarter' | 'custom'

export interface Period {
  kind: PeriodKind
  /** First day, inclusive. */
  from: string
  /** Last day, inclusive. */
  to: string
  /** What a person reads: "2026 Q4", "FY2027 Q1", "3 Feb 2026 – 17 Mar 2026". */
  label: string
  /** Safe for file names: "2026-Q4", "FY2027-Q1", "2026-02-03-to-2026-03-17". */
  slug: string
  /** Quarters only: the fiscal-year start month they were computed with (1 for calendar). */
  startMonth?: number
}

/** "3 Feb 2026": British English unless a locale is given, so documents read the same everywhere. */
export function formatDay(isoDate: string, locale?: string): string {
  return formatCalendarDay(isoDate, locale)
}

/** "1 Oct – 31 Dec 2026", or with both years when the range crosses a year. */
export function formatRange(from: string, to: string, locale?: string): string {
  return formatDayRange(from, to, locale)
}

function assertMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError('The fiscal year must start in a month from 1 to 12.')
  }
}

function isoMonthStart(year: number, month1: number): string {
  // Normalises months outside 1..12 into the neighbouring years.
  const zeroBased = year * 12 + (month1 - 1)
  const y = Math.floor(zeroBased / 12)
  const m = zeroBased - y * 12 + 1
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`
}

function parts(isoDate: string): { year: number; month: number } {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) }
}

/** Quarter `quarter` (1..4) of fiscal year `fiscalYear` for a year starting in `startMonth`. */
export function fiscalQuarter(fiscalYear: number, quarter: number, startMonth = 1): Period {
  assertMonth(startMonth)
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError('A quarter is numbered 1 to 4.')
  }
  // The fiscal year starts in the previous calendar year unless it starts in January.
  const startYear = startMonth === 1 ? fiscalYear : fiscalYear - 1
  const from = isoMonthStart(startYear, startMonth + 3 * (quarter - 1))
  const to = endOfMonth(from, 2)
  const calendar = startMonth === 1
  return {
    kind: calendar ? 'calendar-quarter' : 'fiscal-quarter',
    from,
    to,
    label: calendar ? `${fiscalYear} Q${quarter}` : `FY${fiscalYear} Q${quarter}`,
    slug: calendar ? `${fiscalYear}-Q${quarter}` : `FY${fiscalYear}-Q${quarter}`,
    startMonth,
  }
}

export function calendarQuarter(year: number, quarter: number): Period {
  return fiscalQuarter(year, quarter, 1)
}

/** The quarter containing `isoDate`; a January start gives the calendar quarter. */
export function quarterOf(isoDate: string, startMonth = 1): Period {
  assertMonth(startMonth)
  const { year, month } = parts(isoDate)
  const monthsIntoYear = (month - startMonth + 12) % 12
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1
  return fiscalQuarter(fiscalYear, Math.floor(monthsIntoYear / 3) + 1, startMonth)
}

export type RangeCheck = { ok: true; period: Period } | { ok: false; message: string }

/** A custom range, checked: both real dates and the start not after the end. */
export function customPeriod(from: string, to: string): RangeCheck {
  if (!isRealIsoDate(from)) return { ok: false, message: 'The start date is not a real date.' }
  if (!isRealIsoDate(to)) return { ok: false, message: 'The end date is not a real date.' }
  if (from > to) return { ok: false, message: 'The start date is after the end date.' }
  return {
    ok: true,
    period: {
      kind: 'custom',
      from,
      to,
      label: formatRange(from, to),
      slug: from === to ? from : `${from}-to-${to}`,
    },
  }
}

/**
 * Names a range: a calendar quarter when it is exactly one (so a plain from/to still
 * reads "2026 Q4"), otherwise a custom range. Throws on an invalid range.
 */
export function periodFromRange(from: string, to: string): Period {
  if (isRealIsoDate(from)) {
    const quarter = quarterOf(from)
    if (quarter.from === from && quarter.to === to) return quarter
  }
  const checked = customPeriod(from, to)
  if (!checked.ok) throw new RangeError(checked.message)
  return checked.period
}

/** Days in the period, both ends included. */
export function periodLength(period: Pick<Period, 'from' | 'to'>): number {
  return daysBetween(period.from, period.to) + 1
}

export function isInPeriod(isoDate: string, period: Pick<Period, 'from' | 'to'>): boolean {
  return isoDate >= period.from && isoDate <= period.to
}

/**
 * The period to compare with: the quarter before a quarter (quarters differ in length
 * by a day or two, and people compare Q3 with Q2), otherwise the same number of days
 * immediately before.
 */
export function previousPeriod(period: Period): Period {
  if (period.kind !== 'custom') return quarterOf(addDays(period.from, -1), period.startMonth ?? 1)
  const to = addDays(period.from, -1)
  const from = addDays(to, -(periodLength(period) - 1))
  const checked = customPeriod(from, to)
  if (!checked.ok) throw new RangeError(checked.message)
  return checked.period
}

/** The quarter containing `isoDate` and the `count - 1` before it, newest first. */
export function recentQuarters(isoDate: string, count: number, startMonth = 1): Period[] {
  const out: Period[] = []
  let current = quarterOf(isoDate, startMonth)
  for (let i = 0; i < count; i++) {
    out.push(current)
    current = previousPeriod(current)
  }
  return out
}
