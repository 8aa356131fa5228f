// The highlights: the period's strongest resume bullets, written as the bullets view
// writes them.
import { generateBullets } from '../../bullets'
import type { ReviewContext } from '../context'
import { HIGHLIGHT_COUNT } from '../outline'
import type { ReviewHighlight } from '../types'

export function highlightsSection(context: ReviewContext): ReviewHighlight[] {
  const { period } = context
  const byId = new Map(context.inPeriod.map((e) => [e.id, e]))
  // The strongest few of the period: the ranking writes no more bullets than these.
  return generateBullets(context.entries, {
    asOf: context.endAsOf,
    role: context.roleId,
    weights: context.weights,
    shareSafe: context.shareSafe,
    from: period.from,
    to: period.to,
    limit: HIGHLIGHT_COUNT,
  }).map((bullet) => ({
    entryId: bullet.entryId,
    text: context.text(bullet.text),
    occurredOn: byId.get(bullet.entryId)?.occurredOn ?? '',
    competencies: [...bullet.competencies],
  }))
}
