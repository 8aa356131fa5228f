// The case's period: by default the 12 months ending the day it is made.
import { addDays, isRealIsoDate } from '../time'

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** The same day a year earlier; 29 Feb falls back to 28 Feb. */
function yearBefore(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1
  const month = Number(isoDate.slice(5, 7))
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31)
  const day = Math.min(Number(isoDate.slice(8, 10)), last)
  return `${String(year).padStart(4, '0')}-${isoDate.slice(5, 7)}-${String(day).padStart(2, '0')}`
}

/** The 12 months that end on `to`: 2 Dec 2025 to 1 Dec 2026 for 1 Dec 2026. */
export function twelveMonthsEnding(to: string): { from: string; to: string } {
  return { from: addDays(yearBefore(to), 1), to }
}

function assertDay(name: string, value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealIsoDate(value))
    throw new RangeError(`The promotion case's ${name} date is not a real date: ${value}.`)
}

/**
 * The period from the options: `from`..`to` as given, a missing end being `asOf` and a
 * missing start the day after the same date a year before the end.
 */
export function casePeriod(options: { asOf: string; from?: string; to?: string }): {
  from: string
  to: string
} {
  assertDay('as-of', options.asOf)
  const to = options.to ?? options.asOf
  assertDay('end', to)
  const from = options.from ?? twelveMonthsEnding(to).from
  assertDay('start', from)
  if (from > to) throw new RangeError('The promotion case starts after it ends.')
  return { from, to }
}
