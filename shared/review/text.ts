// Small text helpers shared by the review model and its renderers. Numbers go through
// shared/format in a fixed locale (British English unless one is given), so the output
// never depends on the machine's locale.
import type { Metric } from '../entry'
import { formatMetric, formatNumber as formatLocaleNumber } from '../format'

/** 120000 → "120,000"; 2.4 → "2.4"; -3 → "-3". */
export function formatNumber(value: number, locale?: string): string {
  return formatLocaleNumber(value, locale)
}

/** "18% faster month-end close", "120,000 USD annual hosting cost saved". */
export function metricText(metric: Metric, locale?: string): string {
  return formatMetric(metric, locale)
}

/** "+12", "−3" (a real minus sign), "no change". */
export function formatChange(change: number): string {
  if (change === 0) return 'no change'
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
