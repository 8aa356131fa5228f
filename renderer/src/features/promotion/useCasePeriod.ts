// The case's period from the picker: the 12 months ending today, or a custom range that
// is a real range (start not after end) and not in the future.
import { useMemo } from 'react'
import { twelveMonthsEnding } from '../../../../shared/promotion'
import { customPeriod } from '../../../../shared/time'
import { usePromotionUi } from './promotionSlice'

export type CasePeriodChoice =
  { ok: true; from: string; to: string; custom: boolean } | { ok: false; message: string }

export function checkCaseRange(from: string, to: string, today: string): CasePeriodChoice {
  if (!from || !to) return { ok: false, message: 'Enter both a start and an end date.' }
  const checked = customPeriod(from, to)
  if (!checked.ok) return checked
  if (to > today) return { ok: false, message: 'The end date is in the future.' }
  return { ok: true, from, to, custom: true }
}

export function useCasePeriod(today: string): CasePeriodChoice {
  const { mode, from, to } = usePromotionUi()
  return useMemo(() => {
    if (mode === 'custom') return checkCaseRange(from, to, today)
    return { ok: true, ...twelveMonthsEnding(today), custom: false }
  }, [mode, from, to, today])
}
