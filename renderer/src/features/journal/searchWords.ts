// The words the search index holds and looks up: which fields of an entry are searched,
// how their text splits into words, and how far apart two words are for typo matches.
import { kindText, peopleOf, type Entry } from '../../../../shared/entry'
import { memoiseByObject } from '../../../../shared/format'

export const FIELDS = ['title', 'notes', 'tags', 'people', 'details'] as const
export const FIELD_COUNT = FIELDS.length

/**
 * Calls `visit` with each text of the entry's searched fields, field by field in the
 * order of FIELDS. A field of several texts (tags, people, the kind's own fields) is
 * given piece by piece: joined with a space they would split into the same words, and
 * joining 10,000 entries' pieces was a fifth of building the index.
 */
export function forEachText(entry: Entry, visit: (field: number, text: string) => void): void {
  visit(0, entry.title)
  visit(1, entry.notes)
  for (const tag of entry.tags) visit(2, tag)
  for (const person of peopleOf(entry)) {
    visit(3, person.name)
    if (person.role) visit(3, person.role)
  }
  for (const text of kindText(entry, 'search')) visit(4, text)
  if (entry.metric?.measure) visit(4, entry.metric.measure)
}

// Words are split on line breaks, spaces and punctuation, as MiniSearch split them.
const SEPARATOR = /[\n\r\p{Z}\p{P}]/u
const ASCII_SEPARATOR = Uint8Array.from({ length: 128 }, (_, c) =>
  SEPARATOR.test(String.fromCharCode(c)) ? 1 : 0,
)
const otherSeparators = new Map<number, boolean>()

function isSeparator(code: number): boolean {
  if (code < 128) return ASCII_SEPARATOR[code] === 1
  let known = otherSeparators.get(code)
  if (known === undefined) {
    known = SEPARATOR.test(String.fromCharCode(code))
    otherSeparators.set(code, known)
  }
  return known
}

/**
 * Lower-case words of a text. A scan over character codes: splitting with the Unicode
 * regular expression took more than half of building the index.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  const words: string[] = []
  let start = 0
  for (let i = 0; i < lower.length; i++) {
    if (!isSeparator(lower.charCodeAt(i))) continue
    if (i > start) words.push(lower.slice(start, i))
    start = i + 1
  }
  if (lower.length > start) words.push(lower.slice(start))
  return words
}

/** The index's own words of one entry, per field, with how often each occurs. */
export function fieldWords(entry: Entry): Map<string, number>[] {
  const counts = FIELDS.map(() => new Map<string, number>())
  forEachText(entry, (field, text) => {
    const inField = counts[field]!
    for (const word of wordsOf(text)) inField.set(word, (inField.get(word) ?? 0) + 1)
  })
  return counts
}

/**
 * Every distinct word of an entry, in any field. Kept per entry object (the journal
 * keeps an unchanged entry's object from one read to the next), so highlighting the
 * rows on screen does not split their text again on every keystroke.
 */
export const entryWords = memoiseByObject((entry: Entry): readonly string[] => {
  const distinct = new Set<string>()
  forEachText(entry, (_, text) => {
    for (const word of wordsOf(text)) distinct.add(word)
  })
  return [...distinct]
})

/** Levenshtein distance of a and b if it is at most max, else -1. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      row.push(value)
      if (value < best) best = value
    }
    // Every later row only grows from this one's smallest value.
    if (best > max) return -1
    previous = row
  }
  const distance = previous[b.length]!
  return distance <= max ? distance : -1
}
