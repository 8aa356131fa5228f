// The summary: entries by kind against the previous period, readiness at both ends,
// leader versus manager, and how many results were measured.
import { ENTRY_KINDS, type Entry } from '../../entry'
import { BAND_LABELS, bandOf } from '../../readiness'
import type { ReviewContext } from '../context'
import type { KindCounts, ReadinessPoint, ReviewSummary } from '../types'

export function summarySection(context: ReviewContext): ReviewSummary {
  const { inPeriod } = context
  const start = readinessPoint(context.atStart.score, context.startAsOf)
  const end = readinessPoint(context.atEnd.score, context.endAsOf)
  const moments = inPeriod.filter((e) => e.kind === 'leadership-moment')
  return {
    counts: countKinds(inPeriod),
    previousCounts: countKinds(context.inPrior),
    readiness: { start, end, change: end.score - start.score },
    modes: {
      leader: moments.filter((e) => e.mode === 'leader').length,
      manager: moments.filter((e) => e.mode === 'manager').length,
    },
    measured: inPeriod.filter((e) => e.metric !== undefined).length,
  }
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
