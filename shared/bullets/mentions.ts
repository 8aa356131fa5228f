// Who a bullet talks about. A bullet is read alone, by someone who knows nobody in it:
// in share-safe mode every name becomes a description in the neutral voice ("a QA
// engineer on the team", later "the QA engineer"), otherwise the name as the user wrote
// it (a bare first name of one of the entry's people becomes their full name); and a
// pronoun whose person the bullet has not named yet ("with him") becomes that person.
import { describePerson, escapeRegExp, kindText, peopleOf, type Entry, type Person } from '../entry'
import { atomsOf, nameMatcher, wordFinder, type NameFinder } from './names'
import { numbersIn } from './text'

const OPEN = '\uE000'

/** Where the composer puts the entry's i-th person (peopleOf order) in a bullet. */
export function personMark(index: number): string {
  return `${OPEN}${index}\uE001`
}

const PRONOUNS = ['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'theirs']
const POSSESSIVE = new Set(['his', 'hers', 'their', 'theirs'])
const THEY = new Set(['they', 'them', 'their', 'theirs'])
const HE_OR_SHE = /(?<![\p{L}\p{N}'’])(?:he|him|his|she|her|hers)(?![\p{L}\p{N}'’])/iu

/** After "her", words that make it an object ("let her present", "gave her the deck"). */
const AFTER_OBJECT = new Set(
  `the a an this that these those some any all to by with for in on at from and or but
  about as into through after before than so if when while because rather instead again
  too once directly herself alone first`.split(/\s+/),
)

/** Before "they/them/their", words that may be what they stand for ("each owner", "teams"). */
const GROUP =
  /\b(?:team|teams|board|committee|group|staff|vendor|client|customers?|department|management|leadership|everyone|each|every|all|both|owners?|users?|people)\b|[a-z]{3,}s\b/i

interface Described {
  first: string
  later: string
  possessive: string
}

const DIGIT = /\d/

/** Everyone in the journal, by name: who a name stands for and how they are described. */
export class Cast {
  /** A full name or a first or last name (lower-case) → its first holder in the journal. */
  private readonly owners = new Map<string, Person>()
  /** A full name → the mention carrying the user's "describe as", if any has one. */
  private readonly wording = new Map<string, Person>()
  private readonly keys: string[] = []
  private readonly byAtom = new Map<string, number[]>()
  private readonly patterns = new Map<string, RegExp>()
  private readonly described = new Map<Person, Described>()
  private readonly mayName: (text: string) => boolean

  constructor(
    /** Every mention of a person in the journal, in order. */
    people: Iterable<Person>,
    readonly shareSafe: boolean,
    readonly names: NameFinder | null,
  ) {
    const raw = new Set<string>()
    for (const person of people) {
      // The journal names the same few people thousands of times: each spelling once.
      if (raw.has(person.name) && !person.describeAs) continue
      raw.add(person.name)
      const name = person.name.trim().toLowerCase()
      if (!name) continue
      if (person.describeAs?.trim() && !this.wording.has(name)) this.wording.set(name, person)
      for (const key of nameKeys(name)) if (!this.owners.has(key)) this.addKey(key, person)
    }
    this.mayName = wordFinder([...this.byAtom.keys(), ...PRONOUNS])
  }

  private addKey(key: string, person: Person): void {
    this.owners.set(key, person)
    const id = this.keys.push(key) - 1
    for (const atom of atomsOf(key)) {
      const list = this.byAtom.get(atom)
      if (list) list.push(id)
      else this.byAtom.set(atom, [id])
    }
  }

  /** Whether a word is a known name (kept capitalised mid-sentence). */
  isName(word: string): boolean {
    return this.names?.test(word) ?? false
  }

  /** The person a name key stands for across the journal. */
  owner(key: string): Person | undefined {
    return this.owners.get(key)
  }

  /**
   * One pattern for marks, the names whose pieces occur in a text, and pronouns; made
   * per set of names (a pattern over hundreds of names is slow) and kept.
   */
  pattern(text: string): RegExp {
    const ids = new Set<number>()
    for (const atom of atomsOf(text)) for (const id of this.byAtom.get(atom) ?? []) ids.add(id)
    const keys = [...ids].map((id) => this.keys[id]!)
    // Longest first, so "Maria Lopez" is taken whole rather than as "Maria".
    keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    const cacheKey = keys.join('|')
    let pattern = this.patterns.get(cacheKey)
    if (!pattern) {
      const names = keys.length ? keys.map(escapeRegExp).join('|') : '(?!)'
      pattern = new RegExp(
        `${OPEN}(\\d+)\\uE001|(?<![\\p{L}\\p{N}])(?:(the|an?)([ \\t]+))?(?:(${names})|(${PRONOUNS.join('|')}))` +
          `(?![\\p{L}\\p{N}])((?:['’]s|(?<=s)['’](?=[ \\t]+\\p{Ll}))(?![\\p{L}\\p{N}]))?`,
        'giu',
      )
      this.patterns.set(cacheKey, pattern)
    }
    return pattern
  }

  /** Whether a text may hold a mark, a name or a pronoun (most hold none). */
  mayMention(text: string): boolean {
    return text.includes(OPEN) || this.mayName(text)
  }

  /**
   * How a person is described: their own "describe as" (from any entry), else from role
   * and level. A description that would name someone ("assistant to David") gives way to
   * one by level alone, which never does.
   */
  describe(person: Person): Described {
    const own = this.wording.get(person.name.trim().toLowerCase()) ?? person
    let d = this.described.get(own)
    if (!d) {
      d = wordsFor(own)
      if (this.names && Object.values(d).some((text) => this.names!.test(text)))
        d = wordsFor({ name: '', level: own.level })
      this.described.set(own, d)
    }
    return d
  }

  /** The voice for one entry's bullet. */
  voice(entry: Entry): Voice {
    return new Voice(this, peopleOf(entry), [entry.title, ...kindText(entry, 'bullets')])
  }

  /** Free text (a bullet the user wrote) with every known name described. */
  text(value: string): string {
    return new Voice(this, [], []).write(value)
  }
}

/** The lower-cased full name, then each first or last name ("maria" for "Maria Lopez"). */
function nameKeys(name: string): string[] {
  const keys = [name]
  for (const part of name.split(/\s+/)) if (part.length >= 2 && part !== name) keys.push(part)
  return keys
}

function wordsFor(person: Person): Described {
  const later = describePerson(person, { voice: 'neutral', mention: 'later' })
  return {
    first: describePerson(person, { voice: 'neutral', mention: 'first' }),
    later,
    possessive: /s$/i.test(later) && !/ss$/i.test(later) ? `${later}'` : `${later}'s`,
  }
}

/** Who has been said so far in one bullet. */
interface Said {
  ids: Set<string>
  /** A short description and the one person introduced under it, or null once two share it. */
  shortBy: Map<string, string | null>
}

/** Names, marks and pronouns written for one entry's bullet. */
export class Voice {
  /** The entry's people, each once (peopleOf order, so the party is 0). */
  readonly people: readonly Person[]
  /** A name key → the one person of the entry holding it, or null when two do. */
  private readonly local = new Map<string, Person | null>()
  /** Who an untied pronoun stands for: the entry's only person, or the one its title names. */
  private readonly referent: Person | undefined
  /** Whether "they" may stand for the referent (the entry names one person only). */
  private readonly singular: boolean

  /** The pronouns the entry's own words use for the referent, when they use one kind. */
  private readonly pronouns: Pronouns | undefined

  constructor(
    private readonly cast: Cast,
    people: readonly Person[],
    /** The entry's title, then the fields a bullet is written from. */
    texts: readonly string[],
  ) {
    const seen = new Set<string>()
    this.people = people.filter((p) => {
      const id = identity(p, 0)
      if (seen.has(id) && p.name.trim()) return false
      seen.add(id)
      return true
    })
    for (const person of this.people) {
      const name = person.name.trim().toLowerCase()
      if (!name) continue
      for (const key of nameKeys(name)) {
        const held = this.local.get(key)
        this.local.set(key, held === undefined || held === person ? person : null)
      }
    }
    this.singular = this.people.length === 1
    this.referent = this.singular ? this.people[0] : this.namedIn(texts[0] ?? '')
    this.pronouns = this.referent ? pronounsIn(texts) : undefined
  }

  /** The one person of the entry a text names (by any of their names), if exactly one. */
  private namedIn(text: string): Person | undefined {
    const atoms = new Set(atomsOf(text))
    const named = this.people.filter((p) =>
      nameKeys(p.name.trim().toLowerCase()).some((key) => atomsOf(key).every((a) => atoms.has(a))),
    )
    return named.length === 1 ? named[0] : undefined
  }

  /** Whether the text names the entry's i-th person (by a name, their role or their mark). */
  mentions(text: string, index: number): boolean {
    if (text.includes(personMark(index))) return true
    const person = this.people[index]
    if (person === undefined) return false
    const role = person.role?.trim()
    if (role && new RegExp(`\\b${escapeRegExp(role)}\\b`, 'i').test(text)) return true
    return person.name.trim() !== '' && this.namedIn(text) === person
  }

  /**
   * Whether a clause has "he", "she" or their forms that no person can be tied to: the
   * entry does not say who, and the clause names nobody before it.
   */
  orphaned(clause: string): boolean {
    if (this.referent) return false
    const pronoun = HE_OR_SHE.exec(clause)
    if (!pronoun) return false
    const before = clause.slice(0, pronoun.index)
    return !(before.includes(OPEN) || (this.cast.names?.test(before) ?? false))
  }

  /** The bullet's raw text with every mark, name and untied pronoun written out. */
  write(raw: string): string {
    if (!this.cast.mayMention(raw)) return raw
    const said: Said = { ids: new Set(), shortBy: new Map() }
    return raw.replace(
      this.cast.pattern(raw),
      (
        match: string,
        mark: string | undefined,
        article: string | undefined,
        space: string | undefined,
        name: string | undefined,
        pronoun: string | undefined,
        possessive: string | undefined,
        offset: number,
      ) => {
        if (mark !== undefined) {
          const person = this.people[Number(mark)]
          return person ? this.say(person, false, said, raw.slice(0, offset)) : ''
        }
        if (name !== undefined)
          return this.name(name, article, space, possessive, said, raw.slice(0, offset)) ?? match
        const end = offset + match.length
        return this.pronoun(pronoun!, raw, offset, end, said) ?? match
      },
    )
  }

  /**
   * A person said in full: their description (share-safe) or their name. Said again, the
   * one the entry's pronouns are about is "she", "her" (the entry's own choice of
   * pronoun), so a bullet does not say "the project manager" three times.
   */
  private say(person: Person, possessive: boolean, said: Said, before = ''): string {
    const id = identity(person, this.people.indexOf(person))
    const first = !said.ids.has(id)
    said.ids.add(id)
    if (!this.cast.shareSafe && person.name.trim()) {
      const name = person.name.trim()
      return possessive ? `${name}'s` : name
    }
    if (!first && this.pronouns && person === this.referent)
      return possessive
        ? this.pronouns.possessive
        : opensClause(before)
          ? this.pronouns.subject
          : this.pronouns.object
    const d = this.described(person)
    if (first) {
      const holder = said.shortBy.get(d.later)
      said.shortBy.set(d.later, holder === undefined || holder === id ? id : null)
    }
    if (possessive) return d.possessive
    return first || said.shortBy.get(d.later) !== id ? d.first : d.later
  }

  /**
   * A description, by level alone when it holds a number the entry does not (a role or
   * "describe as" from another entry): a bullet never shows a number its entry lacks.
   */
  private described(person: Person): Described {
    const d = this.cast.describe(person)
    if (!DIGIT.test(`${d.first} ${d.later}`)) return d
    const own = this.people.includes(person) ? numbersIn(`${person.name} ${person.role ?? ''}`) : []
    if (numbersIn(`${d.first} ${d.later}`).every((n) => own.includes(n))) return d
    return this.cast.describe({ name: '', level: person.level })
  }

  private name(
    name: string,
    article: string | undefined,
    space: string | undefined,
    possessive: string | undefined,
    said: Said,
    before: string,
  ): string | undefined {
    const key = name.toLowerCase()
    const local = this.local.get(key)
    if (!this.cast.shareSafe) {
      // Only a name that clearly belongs to one of the entry's people, the first time.
      if (!local) return undefined
      const id = identity(local, 0)
      if (said.ids.has(id)) return undefined
      said.ids.add(id)
      const full = local.name.trim()
      if (key === full.toLowerCase()) return undefined
      return `${article ?? ''}${space ?? ''}${full}${possessive ?? ''}`
    }
    const person = local ?? this.cast.owner(key)
    if (!person) return undefined
    const out = this.say(person, possessive !== undefined, said, before)
    // "the Maria" keeps one article: the description's own, when it has one.
    if (article && !/^(?:the|an?|my|our|his|her|their|its)\s/i.test(out))
      return `${article}${space ?? ' '}${out}`
    return /^[A-Z]/.test(article ?? '') ? capitalise(out) : out
  }

  private pronoun(
    pronoun: string,
    raw: string,
    start: number,
    end: number,
    said: Said,
  ): string | undefined {
    const person = this.referent
    if (!person) return undefined
    if (said.ids.has(identity(person, this.people.indexOf(person)))) return undefined
    const word = pronoun.toLowerCase()
    // "They" is often a group ("each owner", "the teams"); it stands for the person only
    // when the entry names one and nothing before it could be what it means.
    if (THEY.has(word) && (!this.singular || GROUP.test(raw.slice(0, start)))) return undefined
    const possessive = POSSESSIVE.has(word) || (word === 'her' && !isObject(raw, start, end))
    return this.say(person, possessive, said)
  }
}

interface Pronouns {
  subject: string
  object: string
  possessive: string
}

const HE: Pronouns = { subject: 'he', object: 'him', possessive: 'his' }
const SHE: Pronouns = { subject: 'she', object: 'her', possessive: 'her' }

/** "he" or "she", when the entry's words use one of them and not the other. */
function pronounsIn(texts: readonly string[]): Pronouns | undefined {
  const text = texts.join(' ')
  const he = /\b(?:he|him|his|himself)\b/i.test(text)
  const she = /\b(?:she|her|hers|herself)\b/i.test(text)
  return he === she ? undefined : he ? HE : SHE
}

/** Whether a word after `before` starts a clause, so a pronoun there is its subject. */
function opensClause(before: string): boolean {
  return /(?:^|[;,:]|\b(?:and|but|so|then|when|after|before|because|while|until|if))\s*$/i.test(
    before,
  )
}

/**
 * Whether "her" between `start` and `end` is an object ("let her present", "gave her the
 * deck", "with her,") rather than a possessive ("her first workshop").
 */
function isObject(raw: string, start: number, end: number): boolean {
  const next = /^\s*([\p{L}'’-]+)?/u.exec(raw.slice(end))?.[1]?.toLowerCase()
  if (next === undefined || AFTER_OBJECT.has(next) || next.endsWith('ly')) return true
  const previous = /([\p{L}'’-]+)\s*$/u.exec(raw.slice(0, start))?.[1]?.toLowerCase()
  return previous !== undefined && CAUSATIVE.has(previous)
}

/** Verbs after which "her" is the one who does the next thing ("let her present"). */
const CAUSATIVE = new Set(
  'let lets made make makes help helps helped had have has watched saw heard got asked told'.split(
    ' ',
  ),
)

function identity(person: Person, index: number): string {
  return person.name.trim().toLowerCase() || `#${index}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Every person each entry names, in journal order. */
export function* mentionsIn(entries: readonly Entry[]): Generator<Person> {
  for (const entry of entries) yield* peopleOf(entry)
}

/**
 * Share-safe text for what the user wrote over a bullet: every name anywhere in the
 * journal becomes its description ("a QA engineer on the team").
 */
export function createShareSafe(people: readonly Person[]): (text: string) => string {
  const cast = new Cast(people, true, nameMatcher(people))
  return (text) => cast.text(text)
}
