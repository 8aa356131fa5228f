// Running a query typed in the Search box, and what it found: the entries best first and
// the words to highlight in each.
import type { Entry } from '../../../../shared/entry'
import type { SearchIndex } from './searchIndex'
import { entryWords } from './searchWords'

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
      found = entryWords(entry).filter((word) => this.matched.has(word))
      found.sort((a, b) => b.length - a.length)
      this.terms.set(entry.id, found)
    }
    return found
  }
}

const NOTHING = new SearchResults(null, [], new Set())

function toResults(index: SearchIndex, found: { slots: number[]; matched: Set<string> }) {
  return new SearchResults(index, found.slots, found.matched)
}

/** One letter would prefix-match most of a large journal; it matches whole words only. */
const isOneLetter = (query: string) => query.trim().length === 1

/**
 * Postings read in a few milliseconds on a slow machine: a search under this answers
 * within the keystroke's frame, results and all.
 */
const QUICK_POSTINGS = 40_000

/** True when searching for `query` is cheap enough to answer in the keystroke's frame. */
export function isQuickSearch(index: SearchIndex, query: string): boolean {
  return index.postingsRead(query, !isOneLetter(query)) <= QUICK_POSTINGS
}

export function searchEntries(index: SearchIndex, query: string): SearchResults {
  if (!query.trim()) return NOTHING
  // Exact and prefix matches first; forgive typos only when they find nothing, so a
  // distinctive word does not bring back hundreds of near-misses.
  const oneLetter = isOneLetter(query)
  const precise = index.query(query, { prefix: !oneLetter, fuzzy: false })
  if (precise.slots.length || oneLetter) return toResults(index, precise)
  return toResults(index, index.query(query, { prefix: true, fuzzy: true }))
}
