// The people an entry names and how they are shown: by name as written in the user's own
// view, or by a description when names must not leave the machine.
import { describePerson, type Voice } from './describe'
import { LEVELS, type Entry, type Level, type Person } from './entry'

/** Rank of a level, lowest 0 (team) to highest 3 (executive), in the order of LEVELS. */
export const LEVEL_RANK = Object.fromEntries(LEVELS.map((level, rank) => [level, rank])) as Record<
  Level,
  number
>

/** The person the kind itself is about: a conversation's counterpart, a win's stakeholder. */
export function partyOf(entry: Entry): Person | undefined {
  if (entry.kind === 'difficult-conversation') return entry.counterpart
  if (entry.kind === 'stakeholder-win') return entry.stakeholder
  return undefined
}

/** The same person however the name was typed: "Maria  Lopez " is "maria lopez". */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Everyone named in an entry: the counterpart or stakeholder, then the people list. */
export function peopleOf(entry: Entry): Person[] {
  const party = partyOf(entry)
  return party ? [party, ...entry.people] : entry.people
}

/**
 * The level of the most senior person the entry names, undefined when it names nobody.
 * Readiness values an entry without people as team-level; bullets give it no seniority.
 */
export function highestLevel(entry: Entry): Level | undefined {
  // Walks the people without building peopleOf's array: readiness asks this of every entry.
  let best = partyOf(entry)?.level
  for (const person of entry.people)
    if (best === undefined || LEVEL_RANK[person.level] > LEVEL_RANK[best]) best = person.level
  return best
}

/**
 * How a person is described when names must not leave the machine: their description on
 * first mention ("a project manager on my team", "the COO", or their own "describe as"),
 * never a level in parentheses. A document that mentions people more than once uses a
 * redactor (createRedactor), which shortens later mentions.
 */
export function anonymousLabel(person: Person, voice: Voice = 'mine'): string {
  return describePerson(person, { voice, mention: 'first' })
}

/** A person as the user wrote them: "Maria Lopez (CFO)", "Maria Lopez", or their description when unnamed. */
export function personLabel(person: Person): string {
  const name = person.name.trim()
  const role = person.role?.trim()
  if (name && role) return `${name} (${role})`
  return name || anonymousLabel(person)
}

/** A level in words, for showing a person in the journal: "David Chen, Director of IT · senior". */
export const LEVEL_WORDS: Record<Level, string> = {
  team: 'team',
  peer: 'peer',
  senior: 'senior',
  executive: 'executive',
}

/** A person for the user's own view: "David Chen, Director of IT · senior". */
export function personLine(person: Person): string {
  const who = [person.name.trim(), person.role?.trim()].filter(Boolean).join(', ')
  return `${who || 'Someone'} · ${LEVEL_WORDS[person.level]}`
}
