// Names in resume bullets: finding known names (for the "no names" check and to write
// them as descriptions, see mentions.ts), fast enough for a large journal.
import { escapeRegExp, partyOf, type Entry, type Person } from '../entry'

/** Runs of letters and digits, lower-cased: the pieces a name match is made of. */
export function atomsOf(text: string): readonly string[] {
  // The same text is often asked for twice in a row (redact, then rewrite).
  if (text === lastText) return lastAtoms
  const lower = text.toLowerCase()
  // Plain ASCII (the usual case) splits much faster than the Unicode pattern.
  const atoms = NON_ASCII.test(lower)
    ? (lower.match(/[\p{L}\p{N}]+/gu) ?? [])
    : lower.split(/[^a-z0-9]+/).filter((atom) => atom !== '')
  lastText = text
  lastAtoms = atoms
  return atoms
}

let lastText = ''
let lastAtoms: readonly string[] = []

const NON_ASCII = /[^\t\n\r -~]/

/** Buckets of the cheap "maybe" table kept beside a set of words (a power of two). */
export const HASH_BUCKETS = 4096

/**
 * A test for whether any of the given words is among a text's atoms (atomsOf), without
 * splitting the text: most texts asked about contain none, and this runs several times
 * per entry. ASCII text is scanned in place, hashing each run of letters and digits as
 * it goes and building a string only when the hash is one of the words'; other text
 * takes atomsOf, so the answer is always the same.
 */
export function wordFinder(words: Iterable<string>): (text: string) => boolean {
  const set = new Set(words)
  // One byte per hash bucket: a cheap "maybe" before building the word's string.
  const maybe = new Uint8Array(HASH_BUCKETS)
  for (const word of set) maybe[hashOf(word) & (HASH_BUCKETS - 1)] = 1
  const found = (text: string, start: number, end: number, hash: number) =>
    maybe[hash & (HASH_BUCKETS - 1)] === 1 && set.has(text.slice(start, end).toLowerCase())
  return (text) => {
    const n = text.length
    let start = -1
    let hash = 0
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c > 126) return atomsOf(text).some((atom) => set.has(atom))
      // Setting bit 5 lower-cases A-Z; only letters land in 97..122 afterwards.
      const lower = c | 32
      if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i
          hash = 0
        }
        hash = (Math.imul(hash, 31) + lower) | 0
      } else if (start >= 0) {
        if (found(text, start, i, hash)) return true
        start = -1
      }
    }
    return start >= 0 && found(text, start, n, hash)
  }
}

/** The hash wordFinder computes while scanning, for a lower-case word. */
export function hashOf(word: string): number {
  let hash = 0
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0
  return hash
}

/** Finds known names in text; `mayContain` is a cheap first look that skips most texts. */
export interface NameFinder {
  mayContain(text: string): boolean
  test(text: string): boolean
  /** `test` for a text whose atoms (atomsOf) are already known. */
  testAtoms(text: string, found: readonly string[]): boolean
}

/** Each person once (the first with a given name), in journal order. */
export function uniquePeople(entries: readonly Entry[]): Person[] {
  return journalPeople(entries).unique
}

/**
 * In one pass over the journal: each person once (the first with a given name), and each
 * mention carrying the user's own "describe as", both in journal order.
 */
export function journalPeople(entries: readonly Entry[]): { unique: Person[]; worded: Person[] } {
  const seen = new Set<string>()
  // Names exactly as written, already handled: a journal repeats the same few names
  // thousands of times, and this skips normalising each repeat.
  const raw = new Set<string>()
  const unique: Person[] = []
  const worded: Person[] = []
  const add = (person: Person) => {
    if (person.describeAs) worded.push(person)
    if (raw.has(person.name)) return
    raw.add(person.name)
    const key = person.name.trim().toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    unique.push(person)
  }
  for (const entry of entries) {
    const party = partyOf(entry)
    if (party) add(party)
    for (const person of entry.people) add(person)
  }
  return { unique, worded }
}

/**
 * Every name the journal knows (full names and their parts), matched the way
 * shared/entry/redact.ts replaces them (whole words, any case), so "no names" means what
 * share-safe promised. Most names are one run of letters and are found by a set
 * lookup; the rest (hyphens, apostrophes, initials) by a pattern each.
 */
export function nameMatcher(people: readonly Person[]): NameFinder | null {
  const names = new Set<string>()
  for (const person of people) {
    const name = person.name.trim().toLowerCase()
    if (!name) continue
    names.add(name)
    for (const part of name.split(/\s+/)) if (part.length >= 2) names.add(part)
  }
  if (names.size === 0) return null
  const atoms = new Set<string>()
  const single = new Set<string>()
  const multi: { name: string; atoms: readonly string[]; pattern?: RegExp }[] = []
  for (const name of names) {
    const parts = atomsOf(name)
    for (const atom of parts) atoms.add(atom)
    if (parts.length === 1 && parts[0] === name) single.add(name)
    else if (parts.length > 0) multi.push({ name, atoms: parts })
  }
  const mayContain = wordFinder(atoms)
  return {
    mayContain,
    test(text) {
      return this.testAtoms(text, atomsOf(text))
    },
    testAtoms(text, found) {
      if (!found.some((atom) => atoms.has(atom))) return false
      if (found.some((atom) => single.has(atom))) return true
      const present = new Set(found)
      return multi.some((name) => {
        if (!name.atoms.every((atom) => present.has(atom))) return false
        // Compiled on first use: most of these names never come close.
        name.pattern ??= new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(name.name)}(?![\\p{L}\\p{N}])`,
          'iu',
        )
        return name.pattern.test(text)
      })
    },
  }
}
