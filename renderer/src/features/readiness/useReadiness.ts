// The readiness report, the trend and the score 90 days ago for the dashboard. Pure
// functions of the live entries and settings, recomputed only when either changes.
import { useMemo } from 'react'
import type { Entry } from '../../../../shared/entry'
import type { Settings } from '../../../../shared/settings'
import { addDays } from '../../../../shared/dates'
import { DEFAULT_ROLE } from '../../../../shared/competencies'
import {
  computeReadiness,
  readinessScore,
  readinessTrend,
  type ReadinessReport,
} from '../../../../shared/readiness'

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
    const options = { asOf, role, weights }
    const earlierAsOf = addDays(asOf, -CHANGE_WINDOW_DAYS)
    return {
      report: computeReadiness(entries, options),
      trend: readinessTrend(entries, options),
      earlierScore: readinessScore(entries, { ...options, asOf: earlierAsOf }),
      earlierAsOf,
    }
  }, [entries, role, weights, asOf])
}
