// Dates for seeded entries, as local calendar days: the browser runs in this machine's
// time zone, so "today" here is the app's today.
import { localIsoDate } from '../../../shared/time'

/** The local day `n` days before `from` (YYYY-MM-DD). */
export function daysAgo(n: number, from = new Date()): string {
  return localIsoDate(new Date(from.getFullYear(), from.getMonth(), from.getDate() - n))
}
