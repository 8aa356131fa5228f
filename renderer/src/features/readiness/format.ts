// Display formatting for the readiness screens: one place so numbers read the same
// everywhere, each written through shared/format in the user's locale.
import {
  formatDay,
  formatDecimal,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../../../shared/format'
import { BAND_LABELS, type Band } from '../../../../shared/readiness'

export function wholeScore(score: number, locale: string): string {
  return formatDecimal(score, 0, locale)
}

/** One decimal for contributions and weighted points, so small parts still show. */
export function points(value: number, locale: string): string {
  return formatDecimal(value, 1, locale)
}

/** A weight or a share: 0.22 → "22%" (de-DE "22 %"). */
export function percent(fraction: number, locale: string): string {
  return formatPercent(fraction, locale)
}

/** A multiplier in the evidence's explanation: "×1.5", "×0.85". */
export function factor(value: number, locale: string): string {
  return `×${formatNumber(Math.round(value * 100) / 100, locale)}`
}

export function bandLabel(band: Band): string {
  return BAND_LABELS[band]
}

export function shortDate(iso: string, locale: string): string {
  return formatDay(iso, locale)
}

/** The chart's axis: "Nov 26". */
export function monthLabel(iso: string, locale: string): string {
  return formatMonth(iso, locale, 'short')
}

export function signed(delta: number, locale: string): string {
  const rounded = Math.round(delta)
  if (rounded === 0) return 'no change'
  // A real minus sign, as in the review.
  return rounded > 0 ? `+${formatNumber(rounded, locale)}` : `−${formatNumber(-rounded, locale)}`
}
