// Gaps and goals: the readiness gaps at the period's end, each with its suggestions.
import { COMPETENCY_BY_ID } from '../../entry'
import type { ReviewContext } from '../context'
import { GOAL_COUNT } from '../outline'
import type { GapItem } from '../types'

export function gapsSection(context: ReviewContext): GapItem[] {
  const { atEnd } = context
  const scores = new Map(atEnd.competencies.map((c) => [c.id, c]))
  return atEnd.gaps.slice(0, GOAL_COUNT).map((gap) => ({
    id: gap.id,
    name: COMPETENCY_BY_ID[gap.id].name,
    weight: Math.round((scores.get(gap.id)?.weight ?? 0) * 100),
    score: Math.round(scores.get(gap.id)?.score ?? 0),
    suggestions: gap.suggestions.map(context.text),
  }))
}
