// Share-safe mode: every person's name becomes a description of them that reads like a
// person wrote it ("a project manager on my team", then "the project manager"; "the
// COO"; "the project manager's missed deadlines"), in every field, notes and quotes too.
import { capitalise, describePerson, type Mention, type Voice } from './describe'
import type { Entry, Person } from './entry'
import { nameScanner, type Described, type NameOwners } from './nameScan'
import { nameKey, partyOf } from './people'

// Where a sentence opens decides a capital; the scanner works it out, callers still ask.
export { opensSentence } from './nameScan'

export interface Redactor {
  /**
   * Replaces every known name (full name, and first or last name alone) in free text with
   * the person's description: a possessive ("Aisha's") becomes the short possessive ("the
   * project manager's"), an article already in front of the name is not doubled, and a
   * description that opens a sentence is capitalised.
   */
  text(value: string): string
  /**
   * How a person is described. Without `mention`, by what this redactor has said so far:
   * the first time a person comes up they are introduced, after that the short form.
   */
  person(person: Person, mention?: Mention): string
}

export interface RedactorOptions {
  /**
   * Which entry decides a name that two people share: the first in the given order, or
   * with 'id' the smallest entry id, so the order entries arrive in never matters.
   */
  firstBy?: 'order' | 'id'
  /** 'mine' (the review, the promotion case: "on my team"); 'neutral' (bullets: "on the team"). */
  voice?: Voice
  /**
   * What one redactor writes. 'document': one document printed as it is, so a person is
   * introduced at their first mention anywhere in it and shortened after ("the project
   * manager"), and a description opening a text is capitalised; make a new redactor per
   * document. 'fragment': each text is a piece a composer places in its own sentence (a
   * bullet's fields), so each call introduces people afresh, the same text always comes
   * out the same, and the start of the text is left for the composer to capitalise.
   */
  scope?: 'document' | 'fragment'
}

/** The full name's key, then each first or last name ("maria" for "Maria Lopez"). */
function nameKeys(raw: string): string[] {
  const name = raw.trim()
  if (!name) return []
  const keys = [nameKey(name)]
  for (const part of name.split(/\s+/)) if (part.length >= 2) keys.push(part.toLowerCase())
  return keys
}

/** Whether the user set a "describe as" (checked cheaply: most people have none). */
function hasOwnWording(person: Person): boolean {
  return person.describeAs !== undefined && person.describeAs.trim() !== ''
}

/** A name as first written, and where: `seq` counts people in order, `id` is the entry's. */
interface Found {
  /** Who the name describes: the earliest mention, or the earliest with a "describe as". */
  person: Person
  id: string
  seq: number
  /** Whether `person` came from a mention carrying the user's "describe as". */
  own: boolean
}

/**
 * Builds one redactor from the names in all the given entries, so a colleague named in
 * one entry is also hidden where another entry's notes mention them. A name's own "describe
 * as", from any entry naming them, wins over a description from role and level.
 */
export function createRedactor(entries: readonly Entry[], options: RedactorOptions = {}): Redactor {
  return redactorOf(namesIn(entries, options.firstBy === 'id'), {
    voice: options.voice ?? 'mine',
    scope: options.scope ?? 'document',
  })
}

/**
 * The journal's names and who each stands for, kept per journal array as shared/readiness
 * keeps its facts (perJournal.ts): an array handed out by the data layer never changes,
 * the length guarding against a caller that pushes to an array it built itself. A review
 * rebuilt for another period reads the same array again.
 */
const NAMES_IN = {
  order: new WeakMap<readonly Entry[], { length: number; names: NameOwners }>(),
  id: new WeakMap<readonly Entry[], { length: number; names: NameOwners }>(),
}

function namesIn(entries: readonly Entry[], byId: boolean): NameOwners {
  const cache = byId ? NAMES_IN.id : NAMES_IN.order
  const hit = cache.get(entries)
  if (hit && hit.length === entries.length) return hit.names
  // Each name as written, once, with where it first appears (with firstBy 'id' a smaller
  // entry id comes first). A journal names the same few people thousands of times, so
  // the keys and descriptions are worked out per name.
  const found = new Map<string, Found>()
  let seq = 0
  const note = (person: Person, id: string) => {
    const held = found.get(person.name)
    const own = hasOwnWording(person)
    if (held === undefined) found.set(person.name, { person, id, seq, own })
    else {
      // A later mention (larger seq) only comes first by a smaller id.
      const earlier = byId && id < held.id
      if (earlier) {
        held.id = id
        held.seq = seq
      }
      // The user's wording wins; between two wordings the earlier mention's does.
      if (own ? !held.own || earlier : earlier && !held.own) {
        held.person = person
        held.own = own
      }
    }
    seq++
  }
  for (const entry of entries) {
    // peopleOf's order, without its array.
    const party = partyOf(entry)
    if (party) note(party, entry.id)
    for (const person of entry.people) note(person, entry.id)
  }
  const earlier = (a: Found, b: Found) => (byId && a.id !== b.id ? a.id < b.id : a.seq < b.seq)
  const names = ownersOf(found, earlier)
  cache.set(entries, { length: entries.length, names })
  return names
}

/**
 * A redactor for the given people alone, made for texts that each stand alone, such as
 * bullets: by default each text is a fragment that introduces people afresh, in the neutral voice ("a QA
 * engineer on the team"). The first person with a name decides its description, as
 * createRedactor does over entries naming them in this order.
 */
export function createPeopleRedactor(
  people: readonly Person[],
  options: Omit<RedactorOptions, 'firstBy'> = {},
): Redactor {
  const found = new Map<string, Found>()
  people.forEach((person, seq) => {
    const own = hasOwnWording(person)
    const held = found.get(person.name)
    if (held === undefined) found.set(person.name, { person, id: '', seq, own })
    else if (own && !held.own) Object.assign(held, { person, own })
  })
  return redactorOf(
    ownersOf(found, (a, b) => a.seq < b.seq),
    {
      voice: options.voice ?? 'neutral',
      scope: options.scope ?? 'fragment',
    },
  )
}

/** What the text and person functions remember while writing one document (or one text). */
interface Memory {
  introduced: Set<Described>
  /** A short form and the one person introduced under it, or null once two share it. */
  shortBy: Map<string, Described | null>
}

function redactorOf(
  names: NameOwners,
  { voice, scope }: Required<Omit<RedactorOptions, 'firstBy'>>,
): Redactor {
  const scanner = nameScanner(names, voice)
  const fresh = (): Memory => ({ introduced: new Set(), shortBy: new Map() })
  const documentMemory = fresh()
  const documentStart = scope === 'document'

  return {
    text(value) {
      if (!value) return value
      const hits = scanner.hits(value, documentStart)
      if (hits === null) return value
      const memory = scope === 'fragment' ? fresh() : documentMemory
      let out = ''
      let done = 0
      for (const hit of hits) {
        const d = scanner.described[hit.owner]!
        const mention = mentionOf(d, memory)
        const form = hit.owns ? 'possessive' : mention
        let said = d[form]
        // "the Maria" keeps one article: the description's own, when it has one.
        let start = hit.at
        let capital = false
        let opens = hit.opensAtName
        if (hit.article !== null && d.determiner[form]) {
          start -= hit.article.length
          capital = /^[A-Z]/.test(hit.article)
          opens = hit.opensAtArticle
        }
        if (capital || opens) said = capitalise(said)
        out += value.slice(done, start) + said
        done = hit.end
      }
      return out + value.slice(done)
    },
    person(person, mention) {
      const owner = scanner.ownerOf.get(nameKey(person.name))
      const d = owner === undefined ? scanner.describeUnnamed(person) : scanner.described[owner]!
      const said = mention ?? mentionOf(d, scope === 'fragment' ? fresh() : documentMemory)
      return said === 'first' ? d.first : d.later
    },
  }
}

/**
 * Who each name (full, first or last) stands for, its earliest mention, as the scanner
 * takes it: names longest first, and one owner per mention however many names point to it.
 */
function ownersOf(
  found: ReadonlyMap<string, Found>,
  earlier: (a: Found, b: Found) => boolean,
): NameOwners {
  const byKey = new Map<string, Found>()
  for (const [name, mention] of found)
    for (const key of nameKeys(name)) {
      const held = byKey.get(key)
      if (held === undefined || earlier(mention, held)) byKey.set(key, mention)
    }
  // Longest first, so "Maria Lopez" is replaced whole rather than in two pieces.
  // Ties in any fixed order: names of one length never both match at one place.
  const names = [...byKey.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  const slots = new Map<Found, number>()
  const owners: Person[] = []
  const ownerOf = new Map<string, number>()
  for (const name of names) {
    const mention = byKey.get(name)!
    let slot = slots.get(mention)
    if (slot === undefined) {
      slot = owners.push(mention.person) - 1
      slots.set(mention, slot)
    }
    ownerOf.set(name, slot)
  }
  return { names, owners, ownerOf }
}

/**
 * First mention or later, remembering who has been introduced. The short form is used
 * only while no one else introduced shares it: with two project managers in a document,
 * "the project manager" would not say which, so both keep their full description.
 */
function mentionOf(d: Described, memory: Memory): Mention {
  const holder = memory.shortBy.get(d.later)
  if (!memory.introduced.has(d)) {
    memory.introduced.add(d)
    memory.shortBy.set(d.later, holder === undefined || holder === d ? d : null)
    return 'first'
  }
  return holder === d ? 'later' : 'first'
}

/** A redactor that changes nothing, for when the user turns share-safe mode off. */
export const keepNames: Redactor = {
  text: (value) => value,
  person: (person, mention) => person.name.trim() || describePerson(person, { mention }),
}
