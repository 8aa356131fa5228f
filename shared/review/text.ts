// Small text helpers shared by the review model and its renderers. Fixed English and
// hand-written number grouping so the output never depends on the machine's locale.
import type { Metric } from '../entry'

/** 120000 → "120,000"; 2.4 → "2.4"; -3 → "-3". */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(Math.abs(value)).split('.')
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

/** "18 % faster month-end close", "120,000 USD annual hosting cost saved". */
export function metricText(metric: Metric): string {
  const unit = metric.unit.trim()
  return [formatNumber(metric.value), unit, metric.measure.trim()].filter(Boolean).join(' ')
}

/** "+12", "−3" (a real minus sign), "no change". */
export function formatChange(change: number): string {
  if (change === 0) return 'no change'
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
