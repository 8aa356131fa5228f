// Evidence per competency of the role: the role's competencies, most weighted first, each
// with its strongest entries cited by title and date.
import {
  COMPETENCY_BY_ID,
  COMPETENCY_IDS,
  type CompetencyId,
  type Entry,
  type Weights,
} from '../entry'
import type { CitedEntry, CompetencyEvidence } from './types'

/** Entries cited under each competency. */
export const PER_COMPETENCY = 2

/**
 * The role's competencies, most weighted first, each with its strongest entries. Each
 * entry is cited once: the competencies take turns choosing their strongest entry not yet
 * cited, so a strong entry tagged with four competencies does not crowd out the rest; a
 * competency whose entries were all cited elsewhere still shows its strongest.
 */
export function competencyEvidence(
  ordered: readonly Entry[],
  weights: Weights,
  cite: (entry: Entry) => CitedEntry,
): CompetencyEvidence[] {
  const ids = COMPETENCY_IDS.filter((id) => weights[id] > 0).sort(
    (a, b) => weights[b] - weights[a] || COMPETENCY_IDS.indexOf(a) - COMPETENCY_IDS.indexOf(b),
  )
  const tagged = new Map<CompetencyId, Entry[]>(
    ids.map((id) => [id, ordered.filter((e) => e.competencies.includes(id))]),
  )
  const chosen = new Map<CompetencyId, Entry[]>(ids.map((id) => [id, []]))
  const used = new Set<string>()
  const unused = (id: CompetencyId) => (tagged.get(id) ?? []).filter((e) => !used.has(e.id))
  for (let round = 0; round < PER_COMPETENCY; round++) {
    // The competency with the fewest entries left chooses first, so one with a single
    // entry keeps it; ties in the role's order.
    const turn = [...ids].sort((a, b) => unused(a).length - unused(b).length)
    for (const id of turn) {
      const next = unused(id)[0]
      if (next) {
        chosen.get(id)?.push(next)
        used.add(next.id)
      }
    }
  }
  return ids.map((id) => {
    const all = tagged.get(id) ?? []
    let picked = chosen.get(id) ?? []
    if (picked.length === 0 && all[0]) picked = [all[0]]
    // Printed strongest first, whichever turn chose them.
    picked = all.filter((e) => picked.includes(e))
    return {
      id,
      name: COMPETENCY_BY_ID[id].name,
      entries: picked.map(cite),
      more: all.length - picked.length,
    }
  })
}
