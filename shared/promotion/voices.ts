// Who can speak to the work: the people named in the period's entries, the quoted ones
// first with their own words, then the senior people who saw it without quoting.
import {
  capitalise,
  describePerson,
  LEVEL_RANK,
  peopleOf,
  type Entry,
  type Level,
  type Person,
} from '../entry'

/** Senior and executive people named without a quote, at most. */
export const OTHERS_CAP = 4

export interface Witness {
  name: string
  /** How they are described: the person from the entry with the smallest id, or the
   * first carrying the user's own "describe as". */
  person: Person
  level: Level
  /** Entries naming them, strongest first. */
  entries: Entry[]
  /** Their newest stakeholder win with feedback. */
  quoted?: Entry & { kind: 'stakeholder-win' }
}

/** Everyone named in the entries (given strongest first), by name as written. */
export function witnessesOf(ordered: readonly Entry[]): Witness[] {
  const byName = new Map<string, Witness & { firstId: string }>()
  for (const entry of ordered) {
    for (const person of peopleOf(entry)) {
      const name = person.name.trim()
      if (!name) continue
      let witness = byName.get(name)
      if (!witness) {
        witness = { name, person, level: person.level, entries: [], firstId: entry.id }
        byName.set(name, witness)
      } else {
        // The same description whatever the order: the smallest id decides, unless only
        // a later mention carries the user's own wording.
        const own = Boolean(person.describeAs?.trim())
        const heldOwn = Boolean(witness.person.describeAs?.trim())
        if ((own && !heldOwn) || (own === heldOwn && entry.id < witness.firstId)) {
          witness.person = person
          witness.firstId = entry.id
        }
        if (LEVEL_RANK[person.level] > LEVEL_RANK[witness.level]) witness.level = person.level
      }
      if (!witness.entries.includes(entry)) witness.entries.push(entry)
      if (
        entry.kind === 'stakeholder-win' &&
        entry.stakeholder === person &&
        entry.feedback.trim() &&
        (!witness.quoted || newer(entry, witness.quoted))
      )
        witness.quoted = entry
    }
  }
  return [...byName.values()]
    .map(({ firstId: _firstId, ...witness }) => witness)
    .sort(
      (a, b) =>
        LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        b.entries.length - a.entries.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
}

function newer(a: Entry, b: Entry): boolean {
  return a.occurredOn !== b.occurredOn ? a.occurredOn > b.occurredOn : a.id < b.id
}

/**
 * "The COO" when share-safe (never a level in parentheses), "Helen Brooks, the COO" with
 * names: the user's own voice, so a team member is "on my team".
 */
export function witnessLabel(witness: Witness, shareSafe: boolean): string {
  const described = describePerson(witness.person, { voice: 'mine', mention: 'first' })
  return shareSafe ? capitalise(described) : `${witness.name}, ${described}`
}

/** Inside a sentence: "the COO" (share-safe), "Helen Brooks" (named). */
export function witnessInProse(witness: Witness, shareSafe: boolean): string {
  return shareSafe
    ? describePerson(witness.person, { voice: 'mine', mention: 'first' })
    : witness.name
}

/** A quote as printed: the user's surrounding quotation marks dropped, one paragraph. */
export function quoteText(feedback: string): string {
  return feedback
    .trim()
    .replace(/^["“”]+|["“”]+$/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/** Senior and executive people named in the period without a quote. */
export function othersWho(
  witnesses: readonly Witness[],
  shareSafe: boolean,
): { others: string[]; moreOthers: number } {
  const labels = witnesses
    .filter((w) => !w.quoted && LEVEL_RANK[w.level] >= LEVEL_RANK.senior)
    .map((w) => (shareSafe ? witnessInProse(w, true) : witnessLabel(w, false)))
  // Two people described alike ("a senior leader") are said once.
  const unique = [...new Set(labels)]
  return {
    others: unique.slice(0, OTHERS_CAP),
    moreOthers: Math.max(0, unique.length - OTHERS_CAP),
  }
}
