// The summary: the user's own opening words, then entries by kind against the previous
// period, leader versus manager, how many results were measured, and readiness at both
// ends only when the user asks for figures.
import { ENTRY_KINDS, type Entry } from '../../entry'
import { memoiseByObject } from '../../format'
import { BAND_LABELS, bandOf } from '../../readiness'
import type { ReviewContext } from '../context'
import type { KindCounts, ReadinessPoint, Review, ReviewSummary } from '../types'

export function summarySection(context: ReviewContext): Partial<Review> {
  const own = context.narrative.summary
  // The user's words open the document, so a name in them is introduced here first.
  return {
    ...(own ? { narrative: { summary: context.text(own) } } : {}),
    summary: summaryOf(context),
  }
}

function summaryOf(context: ReviewContext): ReviewSummary {
  const period = countsOf(context.inPeriod)
  return {
    counts: { ...period.kinds },
    previousCounts: { ...countsOf(context.inPrior).kinds },
    ...(context.showScores ? { readiness: readinessChange(context) } : {}),
    modes: { leader: period.leader, manager: period.manager },
    measured: period.measured,
  }
}

interface Counts {
  kinds: KindCounts
  leader: number
  manager: number
  measured: number
}

/**
 * Counted once per list: a period's entries are the same array each time the period is
 * shown (periodEntries.ts), and never changed. Each review gets copies of the counts.
 */
const countsOf = memoiseByObject((entries: readonly Entry[]): Counts => {
  const moments = entries.filter((e) => e.kind === 'leadership-moment')
  return {
    kinds: countKinds(entries),
    leader: moments.filter((e) => e.mode === 'leader').length,
    manager: moments.filter((e) => e.mode === 'manager').length,
    measured: entries.filter((e) => e.metric !== undefined).length,
  }
})

function readinessChange(context: ReviewContext): NonNullable<ReviewSummary['readiness']> {
  const start = readinessPoint(context.atStart.score, context.startAsOf)
  const end = readinessPoint(context.atEnd.score, context.endAsOf)
  return { start, end, change: end.score - start.score }
}

function countKinds(entries: readonly Entry[]): KindCounts {
  const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as KindCounts
  counts.total = entries.length
  for (const entry of entries) counts[entry.kind] += 1
  return counts
}

function readinessPoint(score: number, asOf: string): ReadinessPoint {
  const shown = Math.round(score)
  const band = bandOf(shown)
  return { asOf, score: shown, band, bandLabel: BAND_LABELS[band] }
}
