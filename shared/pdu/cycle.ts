// The certification cycle as calendar days: PMI's cycle starts the day the certification
// is earned (or renewed) and ends the day before the same date three years on.
import { addDays, daysBetween } from '../time'

/** Average days in a month (365.2425 / 12): a pace per month, not a calendar month. */
export const DAYS_PER_MONTH = 30.436875

/** `isoDate` moved by whole years; 29 February falls to 1 March in a common year. */
export function addYears(isoDate: string, years: number): string {
  const y = Number(isoDate.slice(0, 4)) + years
  const m = Number(isoDate.slice(5, 7)) - 1
  const d = Number(isoDate.slice(8, 10))
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10)
}

/** The last day of a cycle that starts on `cycleStart`. */
export function cycleEndOf(cycleStart: string, years: number): string {
  return addDays(addYears(cycleStart, years), -1)
}

/** The first day of the cycle's last year: PDUs from here on may carry over. */
export function lastYearStartOf(cycleEnd: string): string {
  return addYears(addDays(cycleEnd, 1), -1)
}

/** Days left in the cycle counting `asOf` itself; the whole cycle before it starts, 0 after. */
export function daysLeftIn(cycleStart: string, cycleEnd: string, asOf: string): number {
  if (asOf > cycleEnd) return 0
  return daysBetween(asOf < cycleStart ? cycleStart : asOf, cycleEnd) + 1
}
