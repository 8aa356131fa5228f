// Evidence by competency: the role's most weighted first, each with the entries behind
// it, and its score at both ends of the period and its weight only when the user asks
// for figures.
import { COMPETENCY_BY_ID, type CompetencyId, type Entry } from '../../entry'
import { memoiseByObject } from '../../format'
import type { ReviewContext } from '../context'
import type { CompetencyEvidence } from '../types'
import { kept } from './kept'

export function competenciesSection(context: ReviewContext): CompetencyEvidence[] {
  const startScores = new Map(context.atStart.competencies.map((c) => [c.id, c.score]))
  const tagged = taggedIn(context.inPeriod)
  return [...context.atEnd.competencies]
    .sort((a, b) => b.weight - a.weight || order(a.id) - order(b.id))
    .map((c) => ({
      id: c.id,
      name: COMPETENCY_BY_ID[c.id].name,
      ...(context.showScores
        ? {
            weight: Math.round(c.weight * 100),
            scoreStart: Math.round(startScores.get(c.id) ?? 0),
            scoreEnd: Math.round(c.score),
          }
        : {}),
      entries: (tagged.get(c.id) ?? []).map((e) =>
        kept(e, 'competencies', {
          entryId: e.id,
          kind: e.kind,
          title: context.text(e.title),
          occurredOn: e.occurredOn,
        }),
      ),
    }))
}

/**
 * The period's entries per competency in one pass, each in period order and once; kept
 * per period list (the same array each time the period is shown, never changed), and
 * only read.
 */
const taggedIn = memoiseByObject(
  (entries: readonly Entry[]): ReadonlyMap<CompetencyId, readonly Entry[]> => {
    const lists = new Map<CompetencyId, Entry[]>()
    for (const e of entries)
      e.competencies.forEach((id, i) => {
        if (e.competencies.indexOf(id) !== i) return
        const list = lists.get(id)
        if (list) list.push(e)
        else lists.set(id, [e])
      })
    return lists
  },
)

function order(id: CompetencyId): number {
  return Object.keys(COMPETENCY_BY_ID).indexOf(id)
}
