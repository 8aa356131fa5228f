// Honest gaps and the plan: the role's top gaps from readiness, each with the user's plan
// for it in the first person, unless the user wrote their own plan.
import { COMPETENCY_BY_ID, type CompetencyId, type Entry, type RoleId } from '../entry'
import { computeReadiness, plansFor } from '../readiness'
import type { CaseGap } from './types'

export function gapsOf(
  entries: readonly Entry[],
  options: { asOf: string; role: RoleId; weights?: Partial<Record<CompetencyId, number>> },
): CaseGap[] {
  const report = computeReadiness(entries, options)
  return report.gaps.map((gap) => ({
    id: gap.id,
    name: COMPETENCY_BY_ID[gap.id].name,
    // One step per gap keeps the plan to a few lines; the same step all day, a fresh one
    // next week, as the Readiness view rotates its suggestions.
    plan: plansFor(gap.id, options.asOf, 1)[0] ?? '',
  }))
}
