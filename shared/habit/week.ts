// Weeks of the local calendar: seven days from a chosen first weekday (1 = Monday).
import { addDays, isRealIsoDate } from '../time'
import { weekdayOf } from './zonedTime'

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** Weeks start on Monday unless a caller says otherwise (ISO 8601). */
export const WEEK_STARTS_ON: Weekday = 1

export function assertWeekday(value: number, what: string): asserts value is Weekday {
  if (!Number.isInteger(value) || value < 0 || value > 6) {
    throw new RangeError(`${what} must be a weekday from 0 (Sunday) to 6 (Saturday)`)
  }
}

/** The first day of the week holding `isoDate`. */
export function startOfWeek(isoDate: string, weekStartsOn: Weekday = WEEK_STARTS_ON): string {
  if (!isRealIsoDate(isoDate))
    throw new RangeError('The day must be a real date written YYYY-MM-DD')
  return addDays(isoDate, -((weekdayOf(isoDate) - weekStartsOn + 7) % 7))
}

/** The day of the week starting `weekStart` that falls on `weekday`. */
export function dayOfWeek(weekStart: string, weekday: Weekday, weekStartsOn: Weekday): string {
  return addDays(weekStart, (weekday - weekStartsOn + 7) % 7)
}
