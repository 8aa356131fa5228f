// Turns the picker's state into the period to review and the one to compare with.
import { useMemo } from 'react'
import {
  customPeriod,
  previousPeriod,
  quarterOf,
  recentQuarters,
  type Period,
} from '../../../../shared/time'
import { useReviewUi } from './reviewSlice'

/** How many quarters the picker offers, newest first. */
export const QUARTER_CHOICES = 8

export type PeriodChoice =
  | { ok: true; period: Period; previous: Period; quarters: Period[] }
  | { ok: false; message: string; quarters: Period[] }

export function useReviewPeriod(today: string, fiscalStartMonth: number): PeriodChoice {
  const { mode, quarterFrom, customFrom, customTo } = useReviewUi()
  return useMemo(() => {
    const startMonth = mode === 'fiscal' ? fiscalStartMonth : 1
    const quarters = recentQuarters(today, QUARTER_CHOICES, startMonth)
    let period: Period
    if (mode === 'custom') {
      const checked = customPeriod(customFrom || quarterOf(today).from, customTo || today)
      if (!checked.ok) return { ok: false, message: checked.message, quarters }
      period = checked.period
    } else {
      period =
        quarters.find((q) => q.from === quarterFrom) ?? quarters[0] ?? quarterOf(today, startMonth)
    }
    return { ok: true, period, previous: previousPeriod(period), quarters }
  }, [mode, quarterFrom, customFrom, customTo, today, fiscalStartMonth])
}
