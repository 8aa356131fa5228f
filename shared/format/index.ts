// Formatting for people to read: days, months, numbers, counts and metrics through Intl
// in a given locale (British English when none is given, so documents are the same on
// every machine), and Markdown notes as plain text. Imports nothing.
export { DEFAULT_LOCALE, resolveLocale } from './locale'
export {
  formatDay,
  formatDayRange,
  formatMoment,
  formatMonth,
  type DayStyle,
  type MonthStyle,
} from './dates'
export { formatCount, formatDecimal, formatNumber, formatPercent } from './numbers'
export { formatMetric, type MetricLike } from './metric'
export { markdownToPlainText } from './plainText'
export { MONTHS } from './months'
export { memoise, memoiseByObject } from './cache'
