// The periods the Bullets view filters by, as inclusive YYYY-MM-DD ranges. Quarters
// and years follow the fiscal year's start month from settings (1 = calendar year).
import { addDays, startOfMonth } from '../../../../shared/time'

export const PERIODS = ['all', 'this-quarter', 'last-quarter', 'this-year', 'custom'] as const
export type PeriodKind = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  all: 'All time',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-year': 'This year',
  custom: 'Custom dates',
}

export interface Range {
  from?: string
  to?: string
}

/** First day of the fiscal quarter (or year, with `months` 12) containing `today`. */
function periodStart(today: string, fiscalStartMonth: number, months: number): string {
  const month = Number(today.slice(5, 7))
  const sinceStart = (((month - fiscalStartMonth) % 12) + 12) % 12
  return startOfMonth(today, -(sinceStart % months))
}

export function periodRange(
  kind: PeriodKind,
  today: string,
  fiscalStartMonth = 1,
  custom: Range = {},
): Range {
  switch (kind) {
    case 'all':
      return {}
    case 'this-quarter':
      return { from: periodStart(today, fiscalStartMonth, 3), to: today }
    case 'last-quarter': {
      const start = periodStart(today, fiscalStartMonth, 3)
      return { from: startOfMonth(start, -3), to: addDays(start, -1) }
    }
    case 'this-year':
      return { from: periodStart(today, fiscalStartMonth, 12), to: today }
    case 'custom':
      return {
        ...(custom.from ? { from: custom.from } : {}),
        ...(custom.to ? { to: custom.to } : {}),
      }
  }
}
