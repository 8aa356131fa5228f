// The words the search index holds and looks up: which fields of an entry are searched,
// how their text splits into words, and how far apart two words are for typo matches.
import { kindText, peopleOf, type Entry } from '../../../../shared/entry'

export const FIELDS = ['title', 'notes', 'tags', 'people', 'details'] as const
type Field = (typeof FIELDS)[number]
export const FIELD_COUNT = FIELDS.length

export type SearchDoc = Record<Field | 'id', string>

export function toSearchDoc(entry: Entry): SearchDoc {
  return {
    id: entry.id,
    title: entry.title,
    notes: entry.notes,
    tags: entry.tags.join(' '),
    people: peopleOf(entry)
      .map((p) => `${p.name} ${p.role ?? ''}`)
      .join(' '),
    details: [...kindText(entry, 'search'), entry.metric?.measure ?? ''].join('\n'),
  }
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
  const doc = toSearchDoc(entry)
  return FIELDS.map((field) => {
    const counts = new Map<string, number>()
    for (const word of wordsOf(doc[field])) counts.set(word, (counts.get(word) ?? 0) + 1)
    return counts
  })
}

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
