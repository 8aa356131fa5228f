// The "this week" strip: the week's entries, day by day, against the user's weekly target.
import type { Entry } from '../entry'
import { addDays } from '../time'
import { isOwnLiveEntry } from './prompt'
import { assertWeekday, startOfWeek, WEEK_STARTS_ON, type Weekday } from './week'

export interface WeekStripOptions {
  /** Today, YYYY-MM-DD in the user's calendar. */
  asOf: string
  /** First day of the week; Monday unless said otherwise. */
  weekStartsOn?: Weekday
  /** Entries a week the user aims for. */
  target: number
}

export interface WeekStrip {
  /** Seven days from the week's first, each with the number of entries dated that day. */
  days: { date: string; count: number }[]
  total: number
  target: number
  /** The week has reached the target. */
  met: boolean
}

/**
 * The week holding `asOf`, counted by the day each entry happened (occurredOn): the user's
 * own entries outside the trash, as the reminder counts them.
 */
export function weekStrip(entries: readonly Entry[], options: WeekStripOptions): WeekStrip {
  const weekStartsOn = options.weekStartsOn ?? WEEK_STARTS_ON
  assertWeekday(weekStartsOn, 'The first day of the week')
  const first = startOfWeek(options.asOf, weekStartsOn)
  const days = Array.from({ length: 7 }, (_, i) => ({ date: addDays(first, i), count: 0 }))
  const last = days[6]!.date
  let total = 0
  for (const entry of entries) {
    if (!isOwnLiveEntry(entry) || entry.occurredOn < first || entry.occurredOn > last) continue
    const day = days.find((d) => d.date === entry.occurredOn)
    if (!day) continue
    day.count++
    total++
  }
  return { days, total, target: options.target, met: total >= options.target }
}
