// The full-text index behind the Search box. Built once, then kept in step with the
// journal by adding, replacing and discarding only the entries that changed, so a
// keystroke never walks 10,000 entries.
//
// It ranks like MiniSearch did (BM25+ per field, boosted title, tags and people; prefix
// and one-typo matches weighted down), but keeps its postings in typed arrays and
// scores into one flat array per search. MiniSearch built a Map entry and a match
// object per document per matching word: at 100,000 entries a two-letter prefix such
// as "pr" touched 85,000 documents and took hundreds of milliseconds, blocking typing.
import type { Entry } from '../../../../shared/entry'
import { Postings } from './searchPostings'
import { boundedDistance, FIELD_COUNT, fieldWords, forEachText, wordsOf } from './searchWords'

const BOOST: readonly number[] = [3, 1, 2, 2, 1]
// BM25+ parameters and the weights of prefix and typo matches, as MiniSearch had them.
const K = 1.2
const B = 0.7
const D = 0.5
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

interface QueryOptions {
  prefix: boolean
  fuzzy: boolean
}

export class SearchIndex {
  private readonly words = new Map<string, Postings>()
  /** The words in sorted order for prefix look-ups; new words wait in `unsorted`. */
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
    const distinct = new Int32Array(FIELD_COUNT)
    forEachText(entry, (field, text) => {
      for (const word of wordsOf(text)) {
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
          distinct[field]!++
        }
      }
    })
    for (let field = 0; field < FIELD_COUNT; field++) {
      const length = Math.min(distinct[field]!, 0xffff)
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

  /**
   * Sorts the words added since the last call in with the rest, for prefix look-ups.
   * The index's builder calls it once the entries are in, so the first keystroke after
   * the journal loads does not pay for it.
   */
  prepare(): void {
    if (!this.unsorted.length) return
    this.sorted = this.sorted.concat(this.unsorted).sort()
    this.unsorted = []
  }

  /** Index words that `term` matches, each with its weight. */
  private expand(term: string, options: QueryOptions): Map<string, number> {
    const found = new Map<string, number>()
    if (this.words.has(term)) found.set(term, 1)
    if (options.prefix) {
      this.prepare()
      const { sorted } = this
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
   * How many postings a search for `text` reads, fuzzy matches aside: its cost, known
   * before it runs from the word list alone.
   */
  postingsRead(text: string, prefix: boolean): number {
    let total = 0
    for (const term of wordsOf(text)) {
      for (const word of this.expand(term, { prefix, fuzzy: false }).keys())
        total += this.words.get(word)!.length / 2
    }
    return total
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
