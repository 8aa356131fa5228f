// Where the known names sit in a text, worked out once per text: the order-independent
// half of share-safe redaction (redact.ts does the other half, which depends on who the
// document has already introduced). A review prints the same thousand fields each time
// the user picks another period; finding the names in them again, with one long pattern
// over every name in the journal, was most of the redactor's cost.
import { describePerson, possessive, type Voice } from './describe'
import type { Person } from './entry'
import { nameKey } from './people'
import { escapeRegExp } from './regExp'
import { onForgetJournal } from './forget'

/** One person's descriptions, worked out the first time they are needed. */
export interface Described {
  first: string
  later: string
  possessive: string
  /** Each form opens with a word that does an article's work ("the …", "a …"). */
  determiner: { first: boolean; later: boolean; possessive: boolean }
}

/** A name found in a text, with everything about its place that does not depend on the document. */
export interface Hit {
  /** Where the name (and its possessive) starts and ends. */
  at: number
  end: number
  /** Whose name it is: an index into NameScanner.owners. */
  owner: number
  /** Followed by "'s" or "'": the possessive form is said. */
  owns: boolean
  /** "the ", "a " or "an " written right before the name, else null. */
  article: string | null
  /** Whether a sentence opens at the name, and at the article before it. */
  opensAtName: boolean
  opensAtArticle: boolean
}

/** What one set of names (with their descriptions) knows, kept while the journal names the same people. */
export interface NameScanner {
  /** Who each name key (full, first or last name) stands for: an index into `described`. */
  ownerOf: ReadonlyMap<string, number>
  described: readonly Described[]
  /** A person no name key stands for (one without a name), described by their own fields. */
  describeUnnamed(person: Person): Described
  /** The names in a text in order, null when it holds none. Remembered per text. */
  hits(value: string, documentStart: boolean): readonly Hit[] | null
}

/**
 * The names to find, longest first, each with the person whose description stands for
 * it; names sharing an owner share a person object, so they share one description.
 */
export interface NameOwners {
  names: readonly string[]
  owners: readonly Person[]
  ownerOf: ReadonlyMap<string, number>
}

/**
 * The scanner for these names in this voice: the same names and descriptions give the
 * same scanner (and its remembered texts), whichever entry objects they came from.
 */
export function nameScanner(names: NameOwners, voice: Voice): NameScanner {
  const key = signature(names, voice)
  let scanner = SCANNERS.get(key)
  if (scanner === undefined) {
    scanner = createScanner(names, voice)
    // A handful of journals (and test fixtures) at most: the oldest goes first.
    if (SCANNERS.size >= MAX_SCANNERS) SCANNERS.delete(SCANNERS.keys().next().value!)
    SCANNERS.set(key, scanner)
  }
  return scanner
}

const SCANNERS = new Map<string, NameScanner>()
const MAX_SCANNERS = 16
// The scanners remember the journal's names and texts: dropped when the journal locks.
onForgetJournal(() => SCANNERS.clear())
/** Texts remembered per scanner and per kind of start; past this the memory starts over. */
const MAX_TEXTS = 200_000

/** Everything a scanner's answers depend on: the names, who owns each, and what describes them. */
function signature({ names, owners, ownerOf }: NameOwners, voice: Voice): string {
  return JSON.stringify([
    voice,
    names.map((name) => [name, ownerOf.get(name)]),
    owners.map((p) => [p.describeAs, p.role, p.level]),
  ])
}

function createScanner({ names, owners, ownerOf }: NameOwners, voice: Voice): NameScanner {
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
  const described = owners.map((person) => descriptionsOf(person, voice, hasName))
  const unnamed = new WeakMap<Person, Described>()
  const texts = [new Map<string, Hit[] | null>(), new Map<string, Hit[] | null>()]

  const scan = (value: string, documentStart: boolean): Hit[] | null => {
    if (!pattern) return null
    const hits: Hit[] = []
    let done = 0
    pattern.lastIndex = 0
    for (let m = pattern.exec(value); m !== null; m = pattern.exec(value)) {
      const [match, name, owns] = m as unknown as [string, string, string | undefined]
      const owner = ownerOf.get(nameKey(name))
      if (owner === undefined) continue
      const at = m.index
      const article = articleBefore(value, at, done)
      hits.push({
        at,
        end: at + match.length,
        owner,
        owns: owns !== undefined,
        article,
        opensAtName: opensSentence(value, at, documentStart),
        opensAtArticle:
          article !== null && opensSentence(value, at - article.length, documentStart),
      })
      done = at + match.length
    }
    return hits.length ? hits : null
  }

  return {
    ownerOf,
    described,
    describeUnnamed(person) {
      let d = unnamed.get(person)
      if (d === undefined) {
        d = descriptionsOf(person, voice, hasName)
        unnamed.set(person, d)
      }
      return d
    },
    hits(value, documentStart) {
      const known = texts[documentStart ? 1 : 0]!
      let found = known.get(value)
      if (found === undefined) {
        found = scan(value, documentStart)
        if (known.size >= MAX_TEXTS) known.clear()
        known.set(value, found)
      }
      return found
    },
  }
}

/** Words a description may open with that already do an article's work. */
const DETERMINER = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those)\s/i

/**
 * A person's first, later and possessive descriptions. A description must not name anyone
 * either: a role or "describe as" holding a known name ("assistant to David") gives way to
 * the description by level alone ("a member of my team"), which never holds a name.
 */
function descriptionsOf(person: Person, voice: Voice, hasName: RegExp | null): Described {
  const d = wordsFor(person, voice)
  if (hasName && [d.first, d.later, d.possessive].some((text) => hasName.test(text)))
    return wordsFor({ name: '', level: person.level }, voice)
  return d
}

function wordsFor(person: Person, voice: Voice): Described {
  const first = describePerson(person, { voice, mention: 'first' })
  const later = describePerson(person, { voice, mention: 'later' })
  const owns = possessive(later)
  return {
    first,
    later,
    possessive: owns,
    determiner: {
      first: DETERMINER.test(first),
      later: DETERMINER.test(later),
      possessive: DETERMINER.test(owns),
    },
  }
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
