// What comes next: the user's asks, and their goals for next quarter (or, when they wrote
// none, the readiness gaps as their own plans: never coaching the reader).
import type { Block } from '../../document'
import type { Review } from '../types'
import { bullets, em, muted, ownText, percentOfRole, strong } from './parts'

export function askBlocks(review: Review): Block[] {
  const asks = review.narrative?.asks
  return asks ? ownText(asks) : []
}

export function goalBlocks(review: Review): Block[] {
  const goals = review.narrative?.goals ?? []
  if (goals.length > 0) return [bullets(goals.map((goal) => [goal]))]
  const gaps = review.gaps ?? []
  if (gaps.length === 0) return [muted('No gaps stand out for this role.')]
  return [
    bullets(
      gaps.map((g) => [
        strong(`${g.goal}:`),
        ` ${g.suggestions[0] ?? ''}`,
        ...(g.score !== undefined && g.weight !== undefined
          ? [
              em(
                ` The journal scores it ${g.score} of 100; it counts for ${percentOfRole(g.weight)} of the overall score.`,
              ),
            ]
          : []),
      ]),
    ),
  ]
}
