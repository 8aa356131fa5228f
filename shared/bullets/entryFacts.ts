// What the bullet ranking reads of an entry that no option changes, kept per entry
// object: after an edit the app hands over a new array holding the same objects for
// every unchanged entry, and parsing dates, scanning fields for digits and sorting
// competencies again for each of thousands of entries was a good part of a ranking.
// Entries are never changed in place: an edit is a new object, as everywhere in the app.
import { highestLevel, LEVEL_RANK, LEVELS, peopleOf, type CompetencyId, type Entry } from '../entry'
import type { Weights } from '../entry'
import { memoiseByObject } from '../format'
import { toDayNumber } from '../time'
import { sourceFields } from './checks'

export interface EntryFacts {
  /** The day it happened, as a day number. */
  day: number
  /** Seniority of the most senior person named, 0 (nobody) to 1 (executive). */
  seniority: number
  /** The score's bonus for work beyond one's own team's management. */
  leader: number
  /** Whether its bullet could show a number (see mayShowNumber). */
  mayShowNumber: boolean
  /** Its competencies by the last weights asked for (see competenciesByWeight). */
  byWeight?: { weights: string; competencies: CompetencyId[]; joined: string }
}

export const factsOf = memoiseByObject((entry: Entry): EntryFacts => {
  const level = highestLevel(entry)
  return {
    day: toDayNumber(entry.occurredOn),
    seniority: level === undefined ? 0 : (LEVEL_RANK[level] + 1) / LEVELS.length,
    leader: entry.kind === 'leadership-moment' && entry.mode === 'manager' ? 0 : 0.5,
    mayShowNumber: mayShowNumber(entry),
  }
})

/** The entry's competencies, the target role's most weighted first. */
export function byWeight(entry: Entry, weights: Weights): CompetencyId[] {
  return [...entry.competencies].sort((a, b) => weights[b] - weights[a])
}

/** Weights as a string: equal strings, equal weights (numbers print exactly). */
export function weightsKey(weights: Weights): string {
  return JSON.stringify(weights)
}

/**
 * byWeight, kept in the entry's facts (factsOf) for the last weights asked for (`key` is
 * weightsKey of them): a ranking asks it of every entry, mostly with the weights of the
 * last one. The array is shared: read only. With it, the competencies joined by commas.
 */
export function competenciesByWeight(
  entry: Entry,
  entryFacts: EntryFacts,
  weights: Weights,
  key: string,
): { competencies: CompetencyId[]; joined: string } {
  const kept = entryFacts.byWeight
  if (kept?.weights === key) return kept
  const competencies = byWeight(entry, weights)
  entryFacts.byWeight = { weights: key, competencies, joined: competencies.join(',') }
  return entryFacts.byWeight
}

const DIGIT = /\d/

/**
 * Whether the entry's bullet could show a number. Digits only come from the entry's own
 * fields and people (a description never brings one in, see mentions.ts).
 */
function mayShowNumber(entry: Entry): boolean {
  if (entry.metric !== undefined) return true
  if (sourceFields(entry).some((text) => DIGIT.test(text))) return true
  return peopleOf(entry).some((p) => DIGIT.test(p.name) || DIGIT.test(p.role ?? ''))
}
