// Who a bullet talks about. A bullet is read alone, by someone who knows nobody in it:
// in share-safe mode every name becomes a description in the neutral voice ("a QA
// engineer on the team", later "the QA engineer"), otherwise the name as the user wrote
// it (a bare first name of one of the entry's people becomes their full name); and a
// pronoun whose person the bullet has not named yet ("with him") becomes that person.
import { describePerson, escapeRegExp, kindText, peopleOf, type Entry, type Person } from '../entry'
import { atomsOf, HASH_BUCKETS, hashOf, nameMatcher, wordFinder, type NameFinder } from './names'
import { numbersIn, removeFirstPerson } from './text'

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
  /** Whether the first or later description holds a digit. */
  digits: boolean
}

const DIGIT = /\d/

/** Everyone in the journal, by name: who a name stands for and how they are described. */
export class Cast {
  /** A full name or a first or last name (lower-case) → its first holder in the journal. */
  private readonly owners = new Map<string, Person>()
  /** A full name → the mention carrying the user's "describe as", if any has one. */
  private readonly wording = new Map<string, Person>()
  /**
   * Names of more than one word or with inner marks ("maria lopez", "o'neil"), by their
   * first word, longest first: a name is found where its first word is.
   */
  private readonly longer = new Map<string, string[]>()
  private readonly described = new WeakMap<Person, Described>()
  private readonly mayName: (text: string) => boolean

  constructor(
    /** Each person once (names.ts journalPeople), in journal order. */
    people: readonly Person[],
    readonly shareSafe: boolean,
    readonly names: NameFinder | null,
    /** The mentions carrying the user's own "describe as", in journal order. */
    worded: readonly Person[] = people.filter((person) => person.describeAs),
  ) {
    for (const person of people) {
      const name = person.name.trim().toLowerCase()
      if (name)
        for (const key of nameKeys(name)) if (!this.owners.has(key)) this.addKey(key, person)
    }
    for (const person of worded) {
      const name = person.name.trim().toLowerCase()
      if (name && person.describeAs?.trim() && !this.wording.has(name))
        this.wording.set(name, person)
    }
    for (const list of this.longer.values()) list.sort((a, b) => b.length - a.length)
    this.mayName = wordFinder([...this.owners.keys()].flatMap(atomsOf).concat(PRONOUNS))
    for (const word of [...this.owners.keys(), ...this.longer.keys(), ...PRONOUNS])
      this.maybe[hashOf(word) & (HASH_BUCKETS - 1)] = 1
  }

  /** One byte per hash bucket of the words a name or pronoun starts with. */
  private readonly maybe = new Uint8Array(HASH_BUCKETS)

  /** Whether a word with this hash (names.ts hashOf) may start a name or be a pronoun. */
  mayStart(hash: number): boolean {
    return this.maybe[hash & (HASH_BUCKETS - 1)] === 1
  }

  private addKey(key: string, person: Person): void {
    this.owners.set(key, person)
    const atoms = atomsOf(key)
    if (atoms.length === 1 && atoms[0] === key) return
    const first = atoms[0]
    if (first === undefined) return
    const list = this.longer.get(first)
    if (list) list.push(key)
    else this.longer.set(first, [key])
  }

  /**
   * The name (lower-case key) that starts at `start` in the text, whose first word is
   * `word` (lower-case, a whole run of letters and digits); the longest one there.
   */
  nameAt(text: string, start: number, word: string): string | undefined {
    for (const key of this.longer.get(word) ?? []) {
      const end = start + key.length
      if (text.slice(start, end).toLowerCase() === key && !isWordAt(text, end)) return key
    }
    return this.owners.has(word) ? word : undefined
  }

  /** Whether a word is a known name, or a first or last name (kept capitalised mid-sentence). */
  isName(word: string): boolean {
    return this.owners.has(word.toLowerCase())
  }

  /** A person's name keys: the full name, then each first or last name (lower-case). */
  keysOf(person: Person): readonly string[] {
    let keys = this.keyCache.get(person.name)
    if (!keys) {
      const name = person.name.trim().toLowerCase()
      keys = name ? nameKeys(name) : []
      this.keyCache.set(person.name, keys)
    }
    return keys
  }

  private readonly keyCache = new Map<string, readonly string[]>()

  /** The pieces (atomsOf) of a name key, kept: the same few names are asked for again. */
  atomsOfKey(key: string): readonly string[] {
    let atoms = this.atomCache.get(key)
    if (!atoms) {
      atoms = atomsOf(key)
      this.atomCache.set(key, atoms)
    }
    return atoms
  }

  private readonly atomCache = new Map<string, readonly string[]>()

  /** The person a name key stands for across the journal. */
  owner(key: string): Person | undefined {
    return this.owners.get(key)
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
    let d = this.described.get(person)
    if (d) return d
    const own = this.wording.get(person.name.trim().toLowerCase()) ?? person
    // Journals repeat the same person in thousands of entries, each its own object.
    const key = `${own.name}\u0000${own.role ?? ''}\u0000${own.level}\u0000${own.describeAs ?? ''}`
    d = this.byContent.get(key)
    if (!d) {
      d = wordsFor(own)
      if (this.names && [d.first, d.later].some((text) => this.names!.test(text)))
        d = wordsFor({ name: '', level: own.level })
      this.byContent.set(key, d)
    }
    this.described.set(person, d)
    return d
  }

  private readonly byContent = new Map<string, Described>()

  /** The voice for one entry's bullet. */
  voice(entry: Entry): Voice {
    const texts = [entry.title, ...kindText(entry, 'bullets')]
    if (entry.metric) texts.push(entry.metric.measure, entry.metric.unit)
    return new Voice(this, peopleOf(entry), texts)
  }

  /** Free text (a bullet the user wrote) with every known name described. */
  text(value: string): string {
    return new Voice(this, [], [value]).write(value)
  }
}

/** The lower-cased full name, then each first or last name ("maria" for "Maria Lopez"). */
function nameKeys(name: string): string[] {
  const keys = [name]
  for (const part of name.split(/\s+/)) if (part.length >= 2 && part !== name) keys.push(part)
  return keys
}

function wordsFor(person: Person): Described {
  // The user's own "describe as" may speak in the first person ("my contact at the
  // vendor"); a bullet never does.
  const later = removeFirstPerson(describePerson(person, { voice: 'neutral', mention: 'later' }))
  const first = removeFirstPerson(describePerson(person, { voice: 'neutral', mention: 'first' }))
  return {
    first,
    later,
    possessive: /s$/i.test(later) && !/ss$/i.test(later) ? `${later}'` : `${later}'s`,
    digits: DIGIT.test(first) || DIGIT.test(later),
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
  /** Whether "they" may stand for the referent (the entry names one person only). */
  private readonly singular: boolean
  /** Who has been said so far in the bullet being written (one write at a time). */
  private readonly said: Said = { ids: new Set(), shortBy: new Map() }

  constructor(
    private readonly cast: Cast,
    people: readonly Person[],
    /** The entry's title, then the fields a bullet is written from. */
    private readonly texts: readonly string[],
  ) {
    const seen = new Set<string>()
    this.people = people.filter((p) => {
      const id = identity(p, 0)
      if (seen.has(id) && p.name.trim()) return false
      seen.add(id)
      return true
    })
    this.singular = this.people.length === 1
  }

  /** A name key → the one person of the entry holding it, or null when two do. */
  private get local(): ReadonlyMap<string, Person | null> {
    if (this.owned === undefined) {
      const owned = new Map<string, Person | null>()
      for (const person of this.people)
        for (const key of this.cast.keysOf(person)) {
          const held = owned.get(key)
          owned.set(key, held === undefined || held === person ? person : null)
        }
      this.owned = owned
    }
    return this.owned
  }

  private owned: Map<string, Person | null> | undefined

  /**
   * Whether the entry's own words write this (lower-case) word in lower case somewhere,
   * so a capital on it only opened a sentence: "Finance went live" where the entry also
   * says "moved finance", but not "Keystone went live".
   */
  writesLower(word: string): boolean {
    if (this.lower === undefined) {
      this.lower = new Set()
      for (const text of this.texts)
        for (const token of text.match(/(?<![\p{L}\p{N}])[a-z][a-z-]*(?![\p{L}\p{N}])/gu) ?? [])
          this.lower.add(token)
    }
    return this.lower.has(word)
  }

  private lower: Set<string> | undefined

  /** Whether the entry's words hold no name and no pronoun: a bullet then needs only its marks. */
  private get quiet(): boolean {
    this.silent ??= !this.texts.some((text) => this.cast.mayMention(text))
    return this.silent
  }

  private silent: boolean | undefined

  /** Who an untied pronoun stands for: the entry's only person, or the one its title names. */
  private get referent(): Person | undefined {
    if (this.tied === null)
      this.tied = this.singular ? this.people[0] : this.namedIn(this.texts[0] ?? '')
    return this.tied
  }

  private tied: Person | undefined | null = null

  /** The pronouns the entry's own words use for the referent, when they use one kind. */
  private get pronouns(): Pronouns | undefined {
    if (this.kind === null) this.kind = this.referent ? pronounsIn(this.texts) : undefined
    return this.kind
  }

  private kind: Pronouns | undefined | null = null

  /** The one person of the entry a text names (by any of their names), if exactly one. */
  private namedIn(text: string): Person | undefined {
    if (this.people.length === 0 || !this.cast.mayMention(text)) return undefined
    const atoms = new Set(atomsOf(text))
    const named = this.people.filter((p) =>
      this.cast.keysOf(p).some((key) => this.cast.atomsOfKey(key).every((a) => atoms.has(a))),
    )
    return named.length === 1 ? named[0] : undefined
  }

  /** How many characters of the text are names (which a description may shorten). */
  nameLength(text: string): number {
    if (this.quiet) return 0
    let length = 0
    for (let i = 0; i < text.length;) {
      const end = this.wordEnd(text, i)
      if (end === i) i++
      else if (end < 0) i = -end
      else {
        const key = this.cast.nameAt(text, i, text.slice(i, end).toLowerCase())
        if (key) length += key.length
        i = key ? i + key.length : end
      }
    }
    return length
  }

  /** Whether the text names the entry's i-th person (by a name, their role or their mark). */
  mentions(text: string, index: number): boolean {
    // Asked on every try with the same few texts.
    const key = `${index}\u0000${text}`
    let said = this.mentioned.get(key)
    if (said === undefined) {
      said = this.names(text, index)
      this.mentioned.set(key, said)
    }
    return said
  }

  private readonly mentioned = new Map<string, boolean>()

  private names(text: string, index: number): boolean {
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

  /**
   * The bullet's raw text with every mark, name and untied pronoun written out. One scan
   * over its words: a set lookup each, since this runs on every try of every bullet.
   */
  write(raw: string): string {
    // Most entries name nobody: their bullets have nothing to write but their marks.
    if (this.quiet && !raw.includes(OPEN)) return raw
    const said = this.said
    said.ids.clear()
    said.shortBy.clear()
    let out = ''
    let done = 0
    for (let i = 0; i < raw.length;) {
      if (raw.charCodeAt(i) === MARK) {
        const close = raw.indexOf(CLOSE, i)
        const person = this.people[Number(raw.slice(i + 1, close))]
        out += raw.slice(done, i) + (person ? this.say(person, false, said, raw, i) : '')
        i = done = close + 1
        continue
      }
      const end = this.wordEnd(raw, i)
      if (end === i) {
        i++
        continue
      }
      if (end < 0) {
        i = -end
        continue
      }
      const word = raw.slice(i, end).toLowerCase()
      const key = this.cast.nameAt(raw, i, word)
      const found = key
        ? this.name(raw, i, i + key.length, key, said)
        : PRONOUN_SET.has(word)
          ? this.pronoun(raw, i, end, word, said)
          : undefined
      if (found) {
        out += raw.slice(done, found.start) + found.text
        done = found.end
        i = found.end
      } else i = key ? i + key.length : end
    }
    return out + raw.slice(done)
  }

  /**
   * Where the word starting at `i` ends; `i` when no word starts there; minus its end
   * when it can be no name and no pronoun (its hash says so, without building a string).
   */
  private wordEnd(raw: string, i: number): number {
    let end = i
    let hash = 0
    let ascii = true
    for (; end < raw.length; end++) {
      const c = raw.charCodeAt(end)
      const lower = c | 32
      if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57))
        hash = (Math.imul(hash, 31) + lower) | 0
      else if (c >= 128 && isWordAt(raw, end)) ascii = false
      else break
    }
    if (end === i || !ascii || this.cast.mayStart(hash)) return end
    return -end
  }

  /**
   * A person said in full: their description (share-safe) or their name. Said again, the
   * one the entry's pronouns are about is "she", "her" (the entry's own choice of
   * pronoun), so a bullet does not say "the project manager" three times.
   */
  private say(person: Person, possessive: boolean, said: Said, raw = '', at = 0): string {
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
        : opensClause(raw, at)
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
    if (!d.digits) return d
    const own = this.people.includes(person) ? numbersIn(`${person.name} ${person.role ?? ''}`) : []
    if (numbersIn(`${d.first} ${d.later}`).every((n) => own.includes(n))) return d
    return this.cast.describe({ name: '', level: person.level })
  }

  /** A name found from `start` to `end`, written out, with an article before it or "'s" after. */
  private name(
    raw: string,
    start: number,
    end: number,
    key: string,
    said: Said,
  ): Found | undefined {
    const possessive = possessiveAt(raw, end, key)
    const local = this.local.get(key)
    if (!this.cast.shareSafe) {
      // Only a name that clearly belongs to one of the entry's people, the first time.
      if (!local) return undefined
      const id = identity(local, 0)
      if (said.ids.has(id)) return undefined
      said.ids.add(id)
      const full = local.name.trim()
      if (key === full.toLowerCase()) return undefined
      return { start, end, text: full }
    }
    const person = local ?? this.cast.owner(key)
    if (!person) return undefined
    const article = ARTICLE_BEFORE.exec(raw.slice(Math.max(0, start - 5), start))
    const out = this.say(person, possessive > 0, said, raw, start)
    const whole = { end: end + possessive }
    // "the Maria" keeps one article: the description's own, when it has one.
    if (!article || !/^(?:the|an?|my|our|his|her|their|its|he|she|him)\s?/i.test(out))
      return { start, ...whole, text: out }
    const text = /^[A-Z]/.test(article[1]!) ? capitalise(out) : out
    return { start: start - article[0].length, ...whole, text }
  }

  /** An untied pronoun from `start` to `end`, written as its person. */
  private pronoun(raw: string, start: number, end: number, word: string, said: Said) {
    const person = this.referent
    if (!person) return undefined
    if (said.ids.has(identity(person, this.people.indexOf(person)))) return undefined
    // "They" is often a group ("each owner", "the teams"); it stands for the person only
    // when the entry names one and nothing before it could be what it means.
    if (THEY.has(word) && (!this.singular || GROUP.test(raw.slice(0, start)))) return undefined
    const possessive = POSSESSIVE.has(word) || (word === 'her' && !isObject(raw, start, end))
    return { start, end, text: this.say(person, possessive, said) }
  }
}

/** A name or pronoun written out: what replaces the text from `start` to `end`. */
interface Found {
  start: number
  end: number
  text: string
}

const MARK = 0xe000
const CLOSE = '\uE001'
const PRONOUN_SET = new Set(PRONOUNS)
/** An article just before a name ("the Maria", "A Maria"), to keep only one. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(the|an?)[ \t]+$/iu

/** Whether the character at `i` is part of a word (a letter or a digit). */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  return c !== MARK && c !== 0xe001 && i < text.length && /[\p{L}\p{N}]/u.test(text.charAt(i))
}

/** The length of a possessive after a name ending at `end`: "'s", or "'" after an s. */
function possessiveAt(raw: string, end: number, key: string): number {
  const mark = raw.charAt(end)
  if (mark !== "'" && mark !== '’') return 0
  if (/^s(?![\p{L}\p{N}])/iu.test(raw.slice(end + 1, end + 3))) return 2
  return key.endsWith('s') && /^[ \t]+\p{Ll}/u.test(raw.slice(end + 1, end + 4)) ? 1 : 0
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

/** Whether a word at `at` starts a clause, so a pronoun there is its subject. */
function opensClause(raw: string, at: number): boolean {
  const before = raw.slice(Math.max(0, at - 12), at)
  if (at <= 12 && before.trim() === '') return true
  return /(?:[;,:]|\b(?:and|but|so|then|when|after|before|because|while|until|if))\s*$/i.test(
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

/**
 * Share-safe text for what the user wrote over a bullet: every name anywhere in the
 * journal becomes its description ("a QA engineer on the team").
 */
export function createShareSafe(people: readonly Person[]): (text: string) => string {
  const cast = new Cast(people, true, nameMatcher(people))
  return (text) => cast.text(text)
}
