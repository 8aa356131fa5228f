// How the ledger writes its figures: PDUs with up to two decimals (claims are quarter
// hours), days and dates through shared/format in the user's locale.
import { formatCount, formatDay, formatNumber } from '../../../../shared/format'

/** 7.25 → "7.25", 8 → "8" (de-DE "7,25"). */
export function pdus(value: number, locale: string): string {
  return formatNumber(Math.round(value * 100) / 100, locale)
}

/** "1 PDU", "7.25 PDUs". */
export function pduCount(value: number, locale: string): string {
  return `${pdus(value, locale)} ${value === 1 ? 'PDU' : 'PDUs'}`
}

/** A pace: 2.5 a month, rounded up to the next quarter so following it finishes in time. */
export function perMonth(value: number, locale: string): string {
  return pduCount(Math.ceil(value * 4) / 4, locale)
}

export function days(value: number, locale: string): string {
  return formatCount(value, 'day', 'days', locale)
}

export function day(iso: string, locale: string): string {
  return formatDay(iso, locale)
}
