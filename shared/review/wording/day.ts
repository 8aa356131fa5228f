// A day as the review prints it ("3 Feb 2026"). A quarter's review prints a few dozen
// distinct days a thousand times or more, so each is formatted once: shared/time's
// formatting is pure (a fixed locale), so the kept text is the text it would give again.
import { formatDay as formatCalendarDay } from '../../time'

const DAYS = new Map<string, string>()
/** More distinct days than decades of reviews print; past it the memory starts over. */
const MAX_DAYS = 20_000

export function formatDay(isoDate: string): string {
  let text = DAYS.get(isoDate)
  if (text === undefined) {
    text = formatCalendarDay(isoDate)
    if (DAYS.size >= MAX_DAYS) DAYS.clear()
    DAYS.set(isoDate, text)
  }
  return text
}
