// Calendar-date helpers on YYYY-MM-DD strings. Dates are treated as UTC days so that
// results never depend on the machine's time zone.
const DAY_MS = 86_400_000

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function toDayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS)
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** The last day of the month containing `isoDate`, `offset` months away. */
export function endOfMonth(isoDate: string, offset = 0): string {
  const y = Number(isoDate.slice(0, 4))
  const m = Number(isoDate.slice(5, 7)) - 1 + offset
  return new Date(Date.UTC(y, m + 1, 0)).toISOString().slice(0, 10)
}

export function startOfMonth(isoDate: string, offset = 0): string {
  const y = Number(isoDate.slice(0, 4))
  const m = Number(isoDate.slice(5, 7)) - 1 + offset
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10)
}

/** The user's local calendar day for a moment (the renderer passes `new Date()`). */
export function localIsoDate(moment: Date): string {
  const y = moment.getFullYear()
  const m = String(moment.getMonth() + 1).padStart(2, '0')
  const d = String(moment.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}
