// Everyone the journal names, once each, and how share-safe documents describe them. People
// are stored per entry (the counterpart, the stakeholder, the people list), so the same
// colleague appears in many entries; this is the one list the user sets "describe as" on.
import { describePerson } from './describe'
import type { Entry, Level, Person } from './entry'
import { nameKey, peopleOf } from './people'
import { createRedactor } from './redact'

export interface JournalPerson {
  /** Who this is across entries: the name trimmed, spaces collapsed, lower-cased. */
  key: string
  /** The name as written in the latest entry naming them. */
  name: string
  /** Role and level as of the latest entry naming them. */
  role?: string
  level: Level
  /** The user's own wording, as share-safe documents take it (the smallest entry id's). */
  describeAs?: string
  /** How many entries (not in the trash) name them. */
  entries: number
  /** What share-safe documents call them on first mention. */
  description: string
  /** What they would be called without a "describe as": from role and level. */
  fallback: string
}

interface Seen {
  latest: { person: Person; entry: Entry }
  own?: { describeAs: string; id: string }
  entries: number
}

/**
 * Every person named in the live entries, by name, in alphabetical order. Their "describe
 * as" and description are worked out as the review's redactor works them out (over every
 * entry, the trash too), so what the list shows is what documents say.
 */
export function peopleDirectory(entries: readonly Entry[]): JournalPerson[] {
  const seen = new Map<string, Seen>()
  for (const entry of entries) {
    const live = entry.deletedAt === undefined
    const counted = new Set<string>()
    for (const person of peopleOf(entry)) {
      const key = nameKey(person.name)
      if (!key) continue
      let held = seen.get(key)
      if (held === undefined) {
        held = { latest: { person, entry }, entries: 0 }
        seen.set(key, held)
      } else if (isLater(entry, held.latest.entry)) held.latest = { person, entry }
      const own = person.describeAs?.trim()
      if (own && (held.own === undefined || entry.id < held.own.id))
        held.own = { describeAs: own, id: entry.id }
      if (live && !counted.has(key)) {
        counted.add(key)
        held.entries++
      }
    }
  }
  const redactor = createRedactor(entries, { firstBy: 'id' })
  const people: JournalPerson[] = []
  for (const [key, { latest, own, entries: count }] of seen) {
    if (count === 0) continue
    const { name, role, level } = latest.person
    const person: Person = { name, level, ...(role ? { role } : {}) }
    people.push({
      key,
      name: name.trim(),
      ...(role ? { role } : {}),
      level,
      ...(own ? { describeAs: own.describeAs } : {}),
      entries: count,
      description: redactor.person(person, 'first'),
      fallback: describePerson({ ...person, name: '' }),
    })
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1))
}

function isLater(a: Entry, b: Entry): boolean {
  return a.occurredOn !== b.occurredOn ? a.occurredOn > b.occurredOn : a.id > b.id
}

/**
 * The entry with every mention of the person (by nameKey) described as given, or without
 * a "describe as" when it is empty; null when the entry does not name them or already
 * says exactly that, so nothing is written for it.
 */
export function withDescribeAs(entry: Entry, key: string, describeAs: string): Entry | null {
  const wording = describeAs.trim()
  let changed = false
  const apply = (person: Person): Person => {
    if (nameKey(person.name) !== key || (person.describeAs ?? '') === wording) return person
    changed = true
    const { describeAs: _old, ...rest } = person
    return wording ? { ...rest, describeAs: wording } : rest
  }
  const people = entry.people.map(apply)
  const next: Entry =
    entry.kind === 'difficult-conversation'
      ? { ...entry, people, counterpart: apply(entry.counterpart) }
      : entry.kind === 'stakeholder-win'
        ? { ...entry, people, stakeholder: apply(entry.stakeholder) }
        : { ...entry, people }
  return changed ? next : null
}
