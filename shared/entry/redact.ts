// Share-safe mode: every person's name becomes their role and level, in every field.
import type { Entry, Person } from './entry'
import { anonymousLabel, peopleOf } from './people'
import { escapeRegExp } from './regExp'

export interface Redactor {
  /** Replaces every known name (full name, and first or last name alone) in free text. */
  text(value: string): string
  person(person: Person): string
}

/** The lower-cased full name, then each first or last name ("Maria" for "Maria Lopez"). */
function nameKeys(raw: string): string[] {
  const name = raw.trim()
  if (!name) return []
  const keys = [name.toLowerCase()]
  for (const part of name.split(/\s+/)) if (part.length >= 2) keys.push(part.toLowerCase())
  return keys
}

/** A name as first written, and where: `seq` counts people in order, `id` is the entry's. */
interface Mention {
  person: Person
  id: string
  seq: number
}

/**
 * Builds one redactor from the names in all the given entries, so a colleague named
 * in one entry is also hidden where another entry's notes mention them. When two
 * people share a name (or a first or last name), the first entry in the given order
 * decides the label; with `firstBy: 'id'`, the entry with the smallest id does, so the
 * order entries arrive in never changes a label (and nothing has to be sorted).
 */
export function createRedactor(
  entries: readonly Entry[],
  options: { firstBy?: 'order' | 'id' } = {},
): Redactor {
  // Each name as written, once, with where it first appears (with firstBy 'id' a smaller
  // entry id comes first). A journal names the same few people thousands of times, so
  // the keys and labels are worked out per name.
  const byId = options.firstBy === 'id'
  const mentions = new Map<string, Mention>()
  let seq = 0
  for (const entry of entries) {
    for (const person of peopleOf(entry)) {
      const held = mentions.get(person.name)
      if (held === undefined) mentions.set(person.name, { person, id: entry.id, seq })
      // A later mention (larger seq) only comes first by a smaller id.
      else if (byId && entry.id < held.id) Object.assign(held, { person, id: entry.id, seq })
      seq++
    }
  }
  return redactorOf(mentions, (a, b) => (byId && a.id !== b.id ? a.id < b.id : a.seq < b.seq))
}

/**
 * A redactor for the given people alone, the first with a name deciding its label: the
 * same as createRedactor over entries naming them in this order.
 */
export function createPeopleRedactor(people: readonly Person[]): Redactor {
  const mentions = new Map<string, Mention>()
  people.forEach((person, seq) => {
    if (!mentions.has(person.name)) mentions.set(person.name, { person, id: '', seq })
  })
  return redactorOf(mentions, (a, b) => a.seq < b.seq)
}

function redactorOf(
  mentions: ReadonlyMap<string, Mention>,
  earlier: (a: Mention, b: Mention) => boolean,
): Redactor {
  // Who each name (full, first or last) stands for: its earliest mention.
  const owners = new Map<string, Mention>()
  for (const [name, mention] of mentions)
    for (const key of nameKeys(name)) {
      const held = owners.get(key)
      if (held === undefined || earlier(mention, held)) owners.set(key, mention)
    }
  const labels = new Map<string, string>()
  for (const [key, owner] of owners) labels.set(key, anonymousLabel(owner.person))
  // Longest first, so "Maria Lopez" is replaced whole rather than in two pieces.
  // Ties in any fixed order: names of one length never both match at one place.
  const names = [...labels.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const pattern = names.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null
  return {
    text(value) {
      if (!pattern || !value) return value
      return value.replace(pattern, (match) => labels.get(match.toLowerCase()) ?? match)
    },
    person: anonymousLabel,
  }
}

/** A redactor that changes nothing, for when the user turns share-safe mode off. */
export const keepNames: Redactor = {
  text: (value) => value,
  person: (person) => person.name.trim() || anonymousLabel(person),
}
