// Wall-clock time in an IANA time zone, read through Intl so every daylight-saving change
// follows the zone's own rules: no offsets are written by hand. Times are kept as "wall
// milliseconds": the local date and time written as if it were UTC (Date.UTC of the parts),
// which makes local calendar arithmetic plain subtraction.
import { fromDayNumber, isRealIsoDate, toDayNumber } from '../time'

const DAY_MS = 86_400_000

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per zone; an unknown zone throws a RangeError here, as Intl does. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  return format
}

/** The wall clock in `timeZone` at an instant, to the second, as wall milliseconds. */
export function wallClockAt(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  // Some engines write midnight as hour 24 even in the h23 cycle.
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  )
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function offsetAt(instantMs: number, timeZone: string): number {
  return wallClockAt(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000
}

/** The local calendar day (YYYY-MM-DD) in `timeZone` at an instant. */
export function localDateAt(instantMs: number, timeZone: string): string {
  return fromDayNumber(Math.floor(wallClockAt(instantMs, timeZone) / DAY_MS))
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(), for a YYYY-MM-DD day. */
export function weekdayOf(isoDate: string): number {
  return (((toDayNumber(isoDate) + 4) % 7) + 7) % 7
}

/**
 * The first instant at which the wall clock in `timeZone` reads `minuteOfDay` on `isoDate`
 * or later, in epoch milliseconds:
 * - an ordinary day: that wall time;
 * - a time repeated when the clocks go back: its first occurrence;
 * - a time skipped when the clocks go forward (02:30 on a spring-forward night in New
 *   York): the instant the clocks jump, the next valid one (03:00 there).
 */
export function instantOfLocalTime(isoDate: string, minuteOfDay: number, timeZone: string): number {
  if (!isRealIsoDate(isoDate))
    throw new RangeError('The day must be a real date written YYYY-MM-DD')
  if (!Number.isInteger(minuteOfDay) || minuteOfDay < 0 || minuteOfDay >= 24 * 60) {
    throw new RangeError('The time must be a whole minute of the day')
  }
  const wall = toDayNumber(isoDate) * DAY_MS + minuteOfDay * 60_000
  // The offsets in force a day either side and at the wall time itself: the instant sought
  // is within 14 hours of the wall time, and no zone changes its clocks twice in two days,
  // so the offsets around it are among these.
  const offsets = new Set<number>()
  for (let k = -1; k <= 1; k++) offsets.add(offsetAt(wall + k * DAY_MS, timeZone))
  let first = Number.POSITIVE_INFINITY
  for (const offset of offsets) {
    const instant = wall - offset
    if (wallClockAt(instant, timeZone) === wall) first = Math.min(first, instant)
  }
  if (first !== Number.POSITIVE_INFINITY) return first
  // The wall time falls in a gap: find the jump, the first second whose wall clock is past it.
  const sorted = [...offsets].sort((a, b) => a - b)
  let before = Math.floor((wall - sorted[sorted.length - 1]!) / 1000) // wall clock < wall
  let after = Math.ceil((wall - sorted[0]!) / 1000) // wall clock > wall
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2)
    if (wallClockAt(mid * 1000, timeZone) >= wall) after = mid
    else before = mid
  }
  return after * 1000
}
