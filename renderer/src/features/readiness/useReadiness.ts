// The readiness report, the trend and the score 90 days ago for the dashboard. Pure
// functions of the live entries, the chosen role and weights, recomputed only when they change.
import { useMemo } from 'react'
import type { CompetencyId, Entry, RoleId } from '../../../../shared/entry'
import { readinessOverview, type ReadinessReport } from '../../../../shared/readiness'

export const CHANGE_WINDOW_DAYS = 90

export interface ReadinessView {
  report: ReadinessReport
  trend: { asOf: string; score: number }[]
  /** The overall score as of CHANGE_WINDOW_DAYS before asOf. */
  earlierScore: number
  earlierAsOf: string
}

export function useReadiness(
  entries: Entry[],
  role: RoleId,
  weights: Partial<Record<CompetencyId, number>> | undefined,
  asOf: string,
): ReadinessView {
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
