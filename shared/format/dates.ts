// Calendar days, months and moments for people to read. A day is a YYYY-MM-DD string
// and is formatted as that UTC day, so no result depends on the machine's time zone.
import { memoise } from './cache'
import { DEFAULT_LOCALE } from './locale'

export type DayStyle = 'medium' | 'long'

// Named parts rather than dateStyle 'medium', which some locales write as digits
// (de-DE "27.11.2026"); a month name is never ambiguous.
const MEDIUM = { day: 'numeric', month: 'short', year: 'numeric' } as const

const dayFormats: Record<DayStyle, (locale: string) => Intl.DateTimeFormat> = {
  medium: memoise((locale) => new Intl.DateTimeFormat(locale, { ...MEDIUM, timeZone: 'UTC' })),
  long: memoise(
    (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ),
}

/** 'short' is for a chart's axis: "Nov 26". */
export type MonthStyle = 'short' | DayStyle

const monthFormats: Record<MonthStyle, (locale: string) => Intl.DateTimeFormat> = {
  short: memoise(
    (locale) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
  ),
  medium: memoise(
    (locale) =>
      new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ),
  long: memoise(
    (locale) =>
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ),
}

const momentFormat = memoise((key) => {
  const [locale, timeZone] = key.split('|') as [string, string]
  // The locale's own medium date and short time: en-GB "20 Nov 2026, 08:30".
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
})

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The UTC midnight of a YYYY-MM-DD day, or null when it is not one. */
function utcDay(isoDay: string): Date | null {
  if (!ISO_DAY.test(isoDay)) return null
  const date = new Date(`${isoDay}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "27 Nov 2026" (en-GB), "Nov 27, 2026" (en-US); 'long': "27 November 2026". */
export function formatDay(
  isoDay: string,
  locale = DEFAULT_LOCALE,
  style: DayStyle = 'medium',
): string {
  const date = utcDay(isoDay)
  // A malformed day is shown as it is rather than breaking the page or document.
  return date ? dayFormats[style](locale).format(date) : isoDay
}

/**
 * "1 Oct – 31 Dec 2026", "1 Nov 2026 – 31 Jan 2027", "5 – 9 Nov 2026": Intl leaves out
 * what both ends share. The thin spaces ICU puts around the dash become plain ones, as
 * older ICU versions wrote them, so a document does not change with the Node version.
 */
export function formatDayRange(from: string, to: string, locale = DEFAULT_LOCALE): string {
  const start = utcDay(from)
  const end = utcDay(to)
  if (!start || !end) return `${formatDay(from, locale)} – ${formatDay(to, locale)}`
  return dayFormats
    .medium(locale)
    .formatRange(start, end)
    .replace(/\u2009/g, ' ')
}

/** "Nov 2026"; 'long': "November 2026"; 'short': "Nov 26". Takes YYYY-MM or a day in it. */
export function formatMonth(
  isoMonth: string,
  locale = DEFAULT_LOCALE,
  style: MonthStyle = 'medium',
): string {
  const date = utcDay(`${isoMonth.slice(0, 7)}-01`)
  return date ? monthFormats[style](locale).format(date) : isoMonth
}

/**
 * A moment (an ISO timestamp such as a backup's) with its time of day, in `timeZone`:
 * "20 Nov 2026, 12:00". The app passes the user's zone; the default keeps tests fixed.
 */
export function formatMoment(iso: string, locale = DEFAULT_LOCALE, timeZone = 'UTC'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return momentFormat(`${locale}|${timeZone}`).format(date)
}
