// A measured result as one phrase: "84,000 USD annual licence spend avoided".
import { DEFAULT_LOCALE } from './locale'
import { formatNumber, formatPercent } from './numbers'

/** The shape of an entry's metric; structural, so this domain imports nothing. */
export interface MetricLike {
  value: number
  unit: string
  measure: string
}

/**
 * "84,000 USD annual licence spend avoided"; a "%" unit is written as the locale writes
 * a percentage ("18% faster month-end close", fr/de "18 % …").
 */
export function formatMetric(metric: MetricLike, locale = DEFAULT_LOCALE): string {
  const unit = metric.unit.trim()
  const amount =
    unit === '%'
      ? formatPercent(metric.value / 100, locale, 6)
      : [formatNumber(metric.value, locale), unit].filter(Boolean).join(' ')
  return [amount, metric.measure.trim()].filter(Boolean).join(' ')
}
