// The full-text index behind the Search box. Built once, then kept in step with the
// journal by adding, replacing and discarding only the entries that changed, so a
// keystroke never walks 10,000 entries.
//
// It ranks like MiniSearch did (BM25+ per field, boosted title, tags and people; prefix
// and one-typo matches weighted down), but keeps its postings in typed arrays and
// scores into one flat array per search. MiniSearch built a Map entry and a match
// object per document per matching word: at 100,000 entries a two-letter prefix such
// as "pr" touched 85,000 documents and took hundreds of milliseconds, blocking typing.
import { kindText, peopleOf, type Entry } from '../../../../shared/entry'

const FIELDS = ['title', 'notes', 'tags', 'people', 'details'] as const
type Field = (typeof FIELDS)[number]
const FIELD_COUNT = FIELDS.length
const BOOST: readonly number[] = [3, 1, 2, 2, 1]
// BM25+ parameters and the weights of prefix and typo matches, as MiniSearch had them.
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

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
    details: [...kindText(entry), entry.metric?.measure ?? ''].join('\n'),
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

/** Documents holding one word: pairs of (slot, tf << 3 | field) in a growing array. */
class Postings {
  data = new Int32Array(4)
  length = 0
  /** Live documents holding the word, per field: BM25's document frequency. */
  readonly df = new Int32Array(FIELD_COUNT)

  push(slot: number, packed: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = slot
    this.data[this.length++] = packed
  }

  /** Adds one to the last posting's count if it is this slot and field. */
  bump(slot: number, field: number): boolean {
    const at = this.length - 2
    if (at < 0 || this.data[at] !== slot || (this.data[at + 1]! & 7) !== field) return false
    // Counts stop at 2^20; BM25 saturates long before.
    if (this.data[at + 1]! < 0xfffff << 3) this.data[at + 1]! += 1 << 3
    return true
  }
}

/** The index's own words of one entry, per field, with how often each occurs. */
function fieldWords(entry: Entry): Map<string, number>[] {
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

interface QueryOptions {
  prefix: boolean
  fuzzy: boolean
}

export class SearchIndex {
  private readonly words = new Map<string, Postings>()
  /** The words in sorted order for prefix look-ups; rebuilt lazily after new words. */
  private sorted: string[] = []
  private unsorted: string[] = []
  /** Per slot: the entry it holds, or undefined once discarded. */
  private readonly entries: (Entry | undefined)[] = []
  /** Per slot: the entry's id, kept apart so hits are named without reading entries. */
  private readonly ids: string[] = []
  private readonly slotOf = new Map<string, number>()
  private lengths = new Uint16Array(FIELD_COUNT * 64)
  private readonly lengthSums = new Float64Array(FIELD_COUNT)
  private dead = 0
  documentCount = 0

  addAll(entries: readonly Entry[]): void {
    for (const entry of entries) this.add(entry)
  }

  add(entry: Entry): void {
    if (this.slotOf.has(entry.id)) throw new Error(`Search index: duplicate id ${entry.id}`)
    const slot = this.entries.length
    this.entries.push(entry)
    this.ids.push(entry.id)
    this.slotOf.set(entry.id, slot)
    this.documentCount++
    if ((slot + 1) * FIELD_COUNT > this.lengths.length) {
      const grown = new Uint16Array(this.lengths.length * 2)
      grown.set(this.lengths)
      this.lengths = grown
    }
    const doc = toSearchDoc(entry)
    for (let field = 0; field < FIELD_COUNT; field++) {
      let distinct = 0
      for (const word of wordsOf(doc[FIELDS[field]!])) {
        let postings = this.words.get(word)
        if (!postings) {
          postings = new Postings()
          this.words.set(word, postings)
          this.unsorted.push(word)
        }
        // Seen already in this field of this entry: count it again in place.
        if (!postings.bump(slot, field)) {
          postings.push(slot, (1 << 3) | field)
          postings.df[field]!++
          distinct++
        }
      }
      const length = Math.min(distinct, 0xffff)
      this.lengths[slot * FIELD_COUNT + field] = length
      this.lengthSums[field]! += length
    }
  }

  replace(entry: Entry): void {
    this.discard(entry.id)
    this.add(entry)
  }

  /** Forgets an entry. Its postings stay but are skipped, until a vacuum drops them. */
  discard(id: string): void {
    const slot = this.slotOf.get(id)
    const entry = slot === undefined ? undefined : this.entries[slot]
    if (slot === undefined || !entry) return
    fieldWords(entry).forEach((counts, field) => {
      this.lengthSums[field]! -= this.lengths[slot * FIELD_COUNT + field]!
      for (const word of counts.keys()) this.words.get(word)!.df[field]!--
    })
    this.entries[slot] = undefined
    this.slotOf.delete(id)
    this.documentCount--
    this.dead++
    if (this.dead > 1000 && this.dead > this.documentCount) this.vacuum()
  }

  /** Drops postings of discarded entries, so edits over years do not slow searches. */
  private vacuum(): void {
    for (const [word, postings] of this.words) {
      const { data } = postings
      let kept = 0
      for (let i = 0; i < postings.length; i += 2) {
        if (!this.entries[data[i]!]) continue
        data[kept++] = data[i]!
        data[kept++] = data[i + 1]!
      }
      postings.length = kept
      if (!kept) this.words.delete(word)
    }
    this.sorted = [...this.words.keys()].sort()
    this.unsorted = []
    this.dead = 0
  }

  private sortedWords(): string[] {
    if (this.unsorted.length) {
      this.sorted = this.sorted.concat(this.unsorted).sort()
      this.unsorted = []
    }
    return this.sorted
  }

  /** Index words that `term` matches, each with its weight. */
  private expand(term: string, options: QueryOptions): Map<string, number> {
    const found = new Map<string, number>()
    if (this.words.has(term)) found.set(term, 1)
    if (options.prefix) {
      const sorted = this.sortedWords()
      let low = 0
      let high = sorted.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (sorted[mid]! < term) low = mid + 1
        else high = mid
      }
      for (let i = low; i < sorted.length && sorted[i]!.startsWith(term); i++) {
        const word = sorted[i]!
        const distance = word.length - term.length
        if (distance && this.words.has(word))
          found.set(word, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance))
      }
    }
    // One typo forgiven in longer words (two in words of ten letters or more).
    const maxDistance = options.fuzzy && term.length > 4 ? Math.round(term.length * 0.15) : 0
    if (maxDistance) {
      for (const word of this.words.keys()) {
        if (found.has(word)) continue
        const distance = boundedDistance(term, word, maxDistance)
        if (distance > 0) found.set(word, (FUZZY_WEIGHT * word.length) / (word.length + distance))
      }
    }
    return found
  }

  /**
   * Entries holding every term of the query, best first, with the index words each
   * term matched (for highlighting).
   */
  query(text: string, options: QueryOptions): { slots: number[]; matched: Set<string> } {
    const terms = wordsOf(text)
    const matched = new Set<string>()
    // `seen` counts matched terms in a byte; nobody types a 256-word query.
    if (!terms.length || terms.length > 255 || !this.documentCount) return { slots: [], matched }
    const slotCount = this.entries.length
    const scores = new Float64Array(slotCount)
    // How many of the query's terms each slot has matched so far: AND without maps.
    const seen = new Uint8Array(slotCount)
    const candidates: number[] = []
    const averages = Array.from(
      { length: FIELD_COUNT },
      (_, f) => this.lengthSums[f]! / this.documentCount || 1,
    )
    const total = this.documentCount
    for (let t = 0; t < terms.length; t++) {
      for (const [word, weight] of this.expand(terms[t]!, options)) {
        const postings = this.words.get(word)!
        const idf = Array.from(postings.df, (df) => Math.log(1 + (total - df + 0.5) / (df + 0.5)))
        const { data } = postings
        let any = false
        for (let i = 0; i < postings.length; i += 2) {
          const slot = data[i]!
          const before = seen[slot]!
          if (before < t || !this.entries[slot]) continue
          if (before === t) {
            seen[slot] = t + 1
            if (t === 0) candidates.push(slot)
          }
          const packed = data[i + 1]!
          const field = packed & 7
          const tf = packed >>> 3
          const norm = 1 - B + (B * this.lengths[slot * FIELD_COUNT + field]!) / averages[field]!
          scores[slot]! +=
            weight * BOOST[field]! * idf[field]! * (D + (tf * (K + 1)) / (tf + K * norm))
          any = true
        }
        if (any) matched.add(word)
      }
    }
    return { slots: this.bestFirst(candidates, seen, terms.length, scores), matched }
  }

  /**
   * The slots that matched all `needed` terms, highest score first, ties in index order
   * (the journal's newest first). Sorting numbers natively is several times faster than
   * sorting slots with a comparator: each key is the negated score with the slot in its
   * lowest 32 bits, which only blurs scores closer than a millionth apart.
   */
  private bestFirst(
    candidates: readonly number[],
    seen: Uint8Array,
    needed: number,
    scores: Float64Array,
  ): number[] {
    const keys = new Float64Array(candidates.length)
    const words = new Uint32Array(keys.buffer)
    // The low word of a double comes first on little-endian machines (all we run on).
    let count = 0
    for (const slot of candidates) {
      if (seen[slot] !== needed) continue
      keys[count] = -scores[slot]!
      // A larger mantissa sorts a negative number earlier, so invert the slot.
      words[count * 2] = ~slot >>> 0
      count++
    }
    keys.subarray(0, count).sort()
    const slots = new Array<number>(count)
    for (let i = 0; i < count; i++) slots[i] = ~words[i * 2]! >>> 0
    return slots
  }

  /** The id of the entry a slot holds or held. */
  idAt(slot: number): string {
    return this.ids[slot]!
  }
}

export function createSearchIndex(): SearchIndex {
  return new SearchIndex()
}

/** What the index holds: each entry's updatedAt, to spot what changed. */
export type IndexedVersions = Map<string, string>

/**
 * Brings the index in line with `entries` and returns the new versions map. Only
 * entries that were added, edited or removed touch the index.
 */
export function syncSearchIndex(
  index: SearchIndex,
  indexed: IndexedVersions,
  entries: readonly Entry[],
): IndexedVersions {
  const next: IndexedVersions = new Map()
  const added: Entry[] = []
  for (const entry of entries) {
    next.set(entry.id, entry.updatedAt)
    const before = indexed.get(entry.id)
    if (before === undefined) added.push(entry)
    else if (before !== entry.updatedAt) index.replace(entry)
  }
  for (const id of indexed.keys()) if (!next.has(id)) index.discard(id)
  if (added.length) index.addAll(added)
  return next
}

/** Entries indexed per slice when building in the background: well under a frame. */
export const INDEX_CHUNK = 500

/**
 * The same as syncSearchIndex, but new entries are added a slice at a time with
 * `pause()` in between, so building the index for 100,000 entries never blocks the
 * page for long. Returns null when `pause()` says to stop; what the index holds is
 * then unknown and the caller starts again from a fresh index.
 */
export async function syncSearchIndexInSlices(
  index: SearchIndex,
  indexed: IndexedVersions,
  entries: readonly Entry[],
  pause: () => Promise<boolean>,
): Promise<IndexedVersions | null> {
  const next: IndexedVersions = new Map()
  const added: Entry[] = []
  for (const entry of entries) {
    next.set(entry.id, entry.updatedAt)
    const before = indexed.get(entry.id)
    if (before === undefined) added.push(entry)
    else if (before !== entry.updatedAt) index.replace(entry)
  }
  for (const id of indexed.keys()) if (!next.has(id)) index.discard(id)
  for (let at = 0; at < added.length; at += INDEX_CHUNK) {
    if (at > 0 && !(await pause())) return null
    index.addAll(added.slice(at, at + INDEX_CHUNK))
  }
  return next
}

/**
 * What a search found: entries best first, and the words to highlight in any of them.
 * Highlights are worked out only for the rows on screen: with tens of thousands of
 * hits, collecting them for every hit was most of a keystroke's work.
 */
export class SearchResults {
  private readonly terms = new Map<string, string[]>()
  constructor(
    private readonly index: SearchIndex | null,
    /** Index slots, best match first; turned into ids only as rows need them. */
    private readonly slots: readonly number[],
    /** Index words the query matched in some entry. */
    private readonly matched: ReadonlySet<string>,
  ) {}

  /** How many entries matched. */
  get length(): number {
    return this.slots.length
  }

  /** The id of the entry at `rank` (0 is the best match). */
  idAt(rank: number): string {
    return this.index!.idAt(this.slots[rank]!)
  }

  /** Every id, best match first. */
  get ids(): string[] {
    return this.slots.map((_, rank) => this.idAt(rank))
  }

  /** The matched words that occur in `entry`, longest first so whole words highlight. */
  termsFor(entry: Entry): string[] {
    let found = this.terms.get(entry.id)
    if (!found) {
      const inEntry = new Set<string>()
      for (const counts of fieldWords(entry))
        for (const word of counts.keys()) if (this.matched.has(word)) inEntry.add(word)
      found = [...inEntry].sort((a, b) => b.length - a.length)
      this.terms.set(entry.id, found)
    }
    return found
  }
}

const NOTHING = new SearchResults(null, [], new Set())

function toResults(index: SearchIndex, found: { slots: number[]; matched: Set<string> }) {
  return new SearchResults(index, found.slots, found.matched)
}

export function searchEntries(index: SearchIndex, query: string): SearchResults {
  if (!query.trim()) return NOTHING
  // Exact and prefix matches first; forgive typos only when they find nothing, so a
  // distinctive word does not bring back hundreds of near-misses.
  // One letter would prefix-match most of a large journal; it matches whole words only.
  const oneLetter = query.trim().length === 1
  const precise = index.query(query, { prefix: !oneLetter, fuzzy: false })
  if (precise.slots.length || oneLetter) return toResults(index, precise)
  return toResults(index, index.query(query, { prefix: true, fuzzy: true }))
}
