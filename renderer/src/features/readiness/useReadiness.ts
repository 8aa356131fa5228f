// The readiness report, the trend and the score 90 days ago for the dashboard. Pure
// functions of the live entries and settings, recomputed only when either changes.
import { useMemo } from 'react'
import type { Entry } from '../../../../shared/entry'
import type { Settings } from '../../../../shared/entry'
import { DEFAULT_ROLE } from '../../../../shared/entry'
import { readinessOverview, type ReadinessReport } from '../../../../shared/readiness'

export const CHANGE_WINDOW_DAYS = 90

export interface ReadinessView {
  report: ReadinessReport
  trend: { asOf: string; score: number }[]
  /** The overall score as of CHANGE_WINDOW_DAYS before asOf. */
  earlierScore: number
  earlierAsOf: string
}

export function useReadiness(entries: Entry[], settings: Settings, asOf: string): ReadinessView {
  const role = settings.targetRole ?? DEFAULT_ROLE
  const weights = settings.customWeights
  return useMemo(() => {
    const { report, trend, earlier } = readinessOverview(entries, {
      asOf,
      role,
      weights,
      compareDays: CHANGE_WINDOW_DAYS,
    })
    return { report, trend, earlierScore: earlier.score, earlierAsOf: earlier.asOf }
  }, [entries, role, weights, asOf])
}
