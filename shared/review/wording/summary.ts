// The summary's wording: the user's opening words, what was logged against the period
// before, and readiness in plain words only when the user asked for figures.
import type { Block, Inline } from '../../document'
import { ENTRY_KINDS } from '../../entry'
import { formatDay } from './day'
import { plural } from '../text'
import type { Review } from '../types'
import { muted, ownText, strong } from './parts'

const KIND_PLURALS = {
  'leadership-moment': 'Leadership moments',
  'difficult-conversation': 'Difficult conversations',
  'stakeholder-win': 'Stakeholder wins',
} as const

export function summaryBlocks(review: Review): Block[] {
  const summary = review.summary
  const own = review.narrative?.summary
  if (!summary) return own ? ownText(own) : []
  const { counts, previousCounts, modes } = summary
  const rows = ENTRY_KINDS.map((kind) => [
    KIND_PLURALS[kind],
    String(counts[kind]),
    String(previousCounts[kind]),
  ])
  rows.push(['Total', String(counts.total), String(previousCounts.total)])
  const moments = modes.leader + modes.manager
  const items: Inline[][] = []
  if (summary.readiness) items.push(readinessLine(review, summary.readiness))
  if (moments > 0) {
    items.push([
      strong('Led rather than coordinated:'),
      ` ${modes.leader} of ${plural(moments, 'leadership moment')}.`,
    ])
  }
  items.push([
    strong('Measurable results:'),
    ` ${summary.measured} of the ${plural(counts.total, 'entry', 'entries')}.`,
  ])
  return [
    ...(own ? ownText(own) : []),
    {
      type: 'table',
      head: ['What I logged', review.period.label, review.previousPeriod.label],
      rows,
      numeric: [false, true, true],
    },
    { type: 'list', ordered: false, items },
    ...(summary.readiness
      ? [
          muted(
            'The score weighs recent, varied evidence with senior people for the role, from 0 to 100: the journal’s advice, not a verdict.',
          ),
        ]
      : []),
  ]
}

/** "Readiness for Director of Operations, as the journal scores it: 31 of 100 on … → 44 on …". */
function readinessLine(
  review: Review,
  { start, end }: NonNullable<NonNullable<Review['summary']>['readiness']>,
): Inline[] {
  const to = start.score === end.score ? ' and still ' : ' → '
  return [
    strong(
      review.role.isDefault
        ? 'Readiness, as the journal scores it:'
        : `Readiness for ${review.role.name}, as the journal scores it:`,
    ),
    ` ${start.score} of 100 on ${formatDay(start.asOf)}${to}${end.score} on ${formatDay(end.asOf)}.`,
  ]
}
