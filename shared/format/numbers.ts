// Numbers for people to read, grouped and punctuated as the locale writes them.
import { memoise } from './cache'
import { DEFAULT_LOCALE } from './locale'

// Six places keep any fraction a person types (2.5, 0.125) and hide floating-point
// noise (0.1 + 0.2).
const MAX_FRACTION = 6

const plain = memoise(
  (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: MAX_FRACTION }),
)

const fixed = memoise((key) => {
  const [locale, digits] = key.split('|') as [string, string]
  const places = Number(digits)
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  })
})

const percent = memoise((key) => {
  const [locale, digits] = key.split('|') as [string, string]
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: Number(digits) })
})

/** 84000 → "84,000"; 2.5 → "2.5"; 1204 → "1,204" (de-DE "1.204"). */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return plain(locale).format(value)
}

/** Always `digits` decimal places: (4.25, 1) → "4.3" (de-DE "4,3"). */
export function formatDecimal(value: number, digits: number, locale = DEFAULT_LOCALE): string {
  return fixed(`${locale}|${digits}`).format(value)
}

/**
 * A fraction as a percentage, in the locale's own way: 0.18 → "18%" in English,
 * "18 %" in French and German. Rounded to `digits` places (whole by default).
 */
export function formatPercent(fraction: number, locale = DEFAULT_LOCALE, digits = 0): string {
  return percent(`${locale}|${digits}`).format(fraction)
}

/** "1 entry", "1,204 entries"; `many` defaults to `one` + "s". */
export function formatCount(
  n: number,
  one: string,
  many = `${one}s`,
  locale = DEFAULT_LOCALE,
): string {
  return `${formatNumber(n, locale)} ${n === 1 ? one : many}`
}
