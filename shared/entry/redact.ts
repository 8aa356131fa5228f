// Share-safe mode: every person's name becomes a description of them that reads like a
// person wrote it ("a project manager on my team", then "the project manager"; "the
// COO"; "the project manager's missed deadlines"), in every field, notes and quotes too.
import { capitalise, describePerson, possessive, type Mention, type Voice } from './describe'
import type { Entry, Person } from './entry'
import { nameKey, peopleOf } from './people'
import { escapeRegExp } from './regExp'

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
  // Each name as written, once, with where it first appears (with firstBy 'id' a smaller
  // entry id comes first). A journal names the same few people thousands of times, so
  // the keys and descriptions are worked out per name.
  const byId = options.firstBy === 'id'
  const found = new Map<string, Found>()
  let seq = 0
  for (const entry of entries) {
    for (const person of peopleOf(entry)) {
      const held = found.get(person.name)
      const own = hasOwnWording(person)
      if (held === undefined) found.set(person.name, { person, id: entry.id, seq, own })
      else {
        // A later mention (larger seq) only comes first by a smaller id.
        const earlier = byId && entry.id < held.id
        if (earlier) Object.assign(held, { id: entry.id, seq })
        // The user's wording wins; between two wordings the earlier mention's does.
        if (own ? !held.own || earlier : earlier && !held.own) Object.assign(held, { person, own })
      }
      seq++
    }
  }
  const earlier = (a: Found, b: Found) => (byId && a.id !== b.id ? a.id < b.id : a.seq < b.seq)
  return redactorOf(found, earlier, {
    voice: options.voice ?? 'mine',
    scope: options.scope ?? 'document',
  })
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
  return redactorOf(found, (a, b) => a.seq < b.seq, {
    voice: options.voice ?? 'neutral',
    scope: options.scope ?? 'fragment',
  })
}

/** Words a description may open with that already do an article's work. */
const DETERMINER = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those)\s/i

/** One person's descriptions, worked out the first time they are needed. */
interface Described {
  first: string
  later: string
  possessive: string
}

/** What the text and person functions remember while writing one document (or one text). */
interface Memory {
  introduced: Set<Described>
  /** A short form and the one person introduced under it, or null once two share it. */
  shortBy: Map<string, Described | null>
}

function redactorOf(
  found: ReadonlyMap<string, Found>,
  earlier: (a: Found, b: Found) => boolean,
  { voice, scope }: Required<Omit<RedactorOptions, 'firstBy'>>,
): Redactor {
  // Who each name (full, first or last) stands for: its earliest mention.
  const owners = new Map<string, Found>()
  for (const [name, mention] of found)
    for (const key of nameKeys(name)) {
      const held = owners.get(key)
      if (held === undefined || earlier(mention, held)) owners.set(key, mention)
    }
  // Longest first, so "Maria Lopez" is replaced whole rather than in two pieces.
  // Ties in any fixed order: names of one length never both match at one place.
  const names = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  // A full name matches however it is spaced or broken across lines in the text.
  const alternatives = names.map((name) => escapeRegExp(name).replace(/ /g, '\\s+')).join('|')
  // A possessive after the name ("Maria's", "James' team"). An article in front ("the
  // Maria") is looked for only where a name matched: in the pattern it would be tried at
  // every "a" and "the" of the text, which made long journals measurably slower.
  const pattern = names.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])` +
          `((?:['’]s|(?<=s)['’](?=[ \\t]+\\p{Ll}))(?![\\p{L}\\p{N}]))?`,
        'giu',
      )
    : null
  const hasName = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')
    : null

  const described = new Map<Found | Person, Described>()
  const describe = (key: Found | Person, person: Person): Described => {
    let d = described.get(key)
    if (d === undefined) {
      d = descriptionsOf(person, voice, hasName)
      described.set(key, d)
    }
    return d
  }
  const fresh = (): Memory => ({ introduced: new Set(), shortBy: new Map() })
  const documentMemory = fresh()

  return {
    text(value) {
      if (!pattern || !value) return value
      const memory = scope === 'fragment' ? fresh() : documentMemory
      let out = ''
      let done = 0
      pattern.lastIndex = 0
      for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
        const [match, name, owns] = m as unknown as [string, string, string | undefined]
        const owner = owners.get(nameKey(name))
        if (owner === undefined) continue
        const d = describe(owner, owner.person)
        const mention = mentionOf(d, memory)
        let said = owns ? d.possessive : mention === 'first' ? d.first : d.later
        // "the Maria" keeps one article: the description's own, when it has one.
        let start = m.index
        let capital = false
        const article = articleBefore(value, start, done)
        if (article !== null && DETERMINER.test(said)) {
          start -= article.length
          capital = /^[A-Z]/.test(article)
        }
        if (capital || opensSentence(value, start, scope === 'document')) said = capitalise(said)
        out += value.slice(done, start) + said
        done = m.index + match.length
      }
      return done === 0 ? value : out + value.slice(done)
    },
    person(person, mention) {
      const owner = owners.get(nameKey(person.name))
      const d = owner ? describe(owner, owner.person) : describe(person, person)
      const said = mention ?? mentionOf(d, scope === 'fragment' ? fresh() : documentMemory)
      return said === 'first' ? d.first : d.later
    },
  }
}

/**
 * A person's first, later and possessive descriptions. A description must not name anyone
 * either: a role or "describe as" holding a known name ("assistant to David") gives way to
 * the description by level alone ("a member of my team"), which never holds a name.
 */
function descriptionsOf(person: Person, voice: Voice, hasName: RegExp | null): Described {
  const d = wordsFor(person, voice)
  if (hasName && Object.values(d).some((text) => hasName.test(text)))
    return wordsFor({ name: '', level: person.level }, voice)
  return d
}

function wordsFor(person: Person, voice: Voice): Described {
  const later = describePerson(person, { voice, mention: 'later' })
  return {
    first: describePerson(person, { voice, mention: 'first' }),
    later,
    possessive: possessive(later),
  }
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

/** "the ", "a " or "an " right before `at` and not before `from`, as written; else null. */
function articleBefore(text: string, at: number, from: number): string | null {
  const found = ARTICLE_BEFORE.exec(text.slice(Math.max(from, at - 8), at))
  if (found === null) return null
  const before = at - found[0].length - 1
  return before < 0 || !/[\p{L}\p{N}]/u.test(text[before]!) ? found[0] : null
}

const ARTICLE_BEFORE = /(?:the|an?)[ \t]+$/i

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:e\.g|i\.e|vs|cf|etc)\.$/iu

/**
 * Whether a sentence starts at `offset`: at the start of the text, after ". ", "! " or
 * "? ", after a line break, or after a list marker ("- ", "* ", "• ", "1. ", "2) ") or a
 * heading or quote marker at the start of a line. Opening quotes are skipped; a bracket
 * is not ("(the VP Finance)" after a quote is an aside, not a sentence).
 * With `atStart` false the text is a fragment, and its very start is not a sentence's.
 */
export function opensSentence(text: string, offset: number, atStart = true): boolean {
  let i = offset - 1
  let spaced = false
  while (i >= 0 && /[ \t"“‘']/.test(text[i]!)) {
    if (text[i] === ' ' || text[i] === '\t') spaced = true
    i--
  }
  if (i < 0) return atStart
  const c = text[i]!
  if (c === '\n' || c === '\r') return true
  if (!spaced) return false
  if (c === '!' || c === '?') return true
  if (c === '.') return !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1))
  // A marker alone at the start of a line: "- ", "* ", "• ", "1) ", "> ", "## ".
  const line = text.slice(text.lastIndexOf('\n', i) + 1, i + 1)
  return /^[ \t]*(?:[-*•+>]|#{1,6}|\d{1,3}\))$/.test(line)
}

/** A redactor that changes nothing, for when the user turns share-safe mode off. */
export const keepNames: Redactor = {
  text: (value) => value,
  person: (person, mention) => person.name.trim() || describePerson(person, { mention }),
}
