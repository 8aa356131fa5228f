// Goals for next quarter: the user's own goals as they wrote them; without them, the top
// readiness gaps at the period's end as the user's plans in the first person ("Build
// evidence of strategic thinking: I will …"), never as coaching.
import { COMPETENCY_BY_ID } from '../../entry'
import { PLAN_GOALS, plansFor } from '../../readiness'
import type { ReviewContext } from '../context'
import { GOAL_COUNT } from '../outline'
import type { Review } from '../types'

export function gapsSection(context: ReviewContext): Partial<Review> {
  const { atEnd, narrative } = context
  if (narrative.goals.length > 0) return { narrative: { goals: narrative.goals.map(context.text) } }
  const scores = new Map(atEnd.competencies.map((c) => [c.id, c]))
  return {
    gaps: atEnd.gaps.slice(0, GOAL_COUNT).map((gap) => ({
      id: gap.id,
      name: COMPETENCY_BY_ID[gap.id].name,
      goal: PLAN_GOALS[gap.id],
      ...(context.showScores
        ? {
            weight: Math.round((scores.get(gap.id)?.weight ?? 0) * 100),
            score: Math.round(scores.get(gap.id)?.score ?? 0),
          }
        : {}),
      // The steps the Readiness view suggests on that day, as the user's own plan.
      suggestions: plansFor(gap.id, context.endAsOf, gap.suggestions.length).map(context.text),
    })),
  }
}
