// The full-text index behind the Search box. Built once, then kept in step with the
// journal by adding, replacing and discarding only the entries that changed, so a
// keystroke never walks 10,000 entries.
import MiniSearch, { type SearchResult } from 'minisearch'
import { kindText, peopleOf, type Entry } from '../../../../shared/entry'

interface SearchDoc {
  id: string
  title: string
  notes: string
  tags: string
  people: string
  details: string
}

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

export function createSearchIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'notes', 'tags', 'people', 'details'],
    searchOptions: {
      boost: { title: 3, tags: 2, people: 2 },
      prefix: true,
      // One typo forgiven in longer words; short words match exactly or as a prefix.
      fuzzy: (term) => (term.length > 4 ? 0.15 : false),
      combineWith: 'AND',
    },
  })
}

/** What the index holds: each entry's updatedAt, to spot what changed. */
export type IndexedVersions = Map<string, string>

/**
 * Brings the index in line with `entries` and returns the new versions map. Only
 * entries that were added, edited or removed touch the index.
 */
export function syncSearchIndex(
  index: MiniSearch<SearchDoc>,
  indexed: IndexedVersions,
  entries: readonly Entry[],
): IndexedVersions {
  const next: IndexedVersions = new Map()
  const added: SearchDoc[] = []
  for (const entry of entries) {
    next.set(entry.id, entry.updatedAt)
    const before = indexed.get(entry.id)
    if (before === undefined) added.push(toSearchDoc(entry))
    else if (before !== entry.updatedAt) index.replace(toSearchDoc(entry))
  }
  for (const id of indexed.keys()) if (!next.has(id)) index.discard(id)
  if (added.length) index.addAll(added)
  return next
}

/** Entries indexed per slice when building in the background: well under a frame. */
export const INDEX_CHUNK = 500

/**
 * The same as syncSearchIndex, but new entries are turned into documents and added a
 * slice at a time with `pause()` in between, so building the index for 100,000
 * entries never blocks the page for long. Returns null, with the index untouched by
 * this call's additions' bookkeeping lost, when `pause()` says to stop; the caller
 * then starts again from a fresh index.
 */
export async function syncSearchIndexInSlices(
  index: MiniSearch<SearchDoc>,
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
    else if (before !== entry.updatedAt) index.replace(toSearchDoc(entry))
  }
  for (const id of indexed.keys()) if (!next.has(id)) index.discard(id)
  for (let at = 0; at < added.length; at += INDEX_CHUNK) {
    if (at > 0 && !(await pause())) return null
    index.addAll(added.slice(at, at + INDEX_CHUNK).map(toSearchDoc))
  }
  return next
}

export interface SearchHit {
  id: string
  /** The words in the entry that matched, for highlighting. */
  terms: string[]
  /** 0 for the best match. */
  rank: number
}

export function searchEntries(index: MiniSearch<SearchDoc>, query: string): SearchHit[] {
  if (!query.trim()) return []
  // Exact and prefix matches first; forgive typos only when they find nothing, so a
  // distinctive word does not bring back hundreds of near-misses.
  // One letter would prefix-match most of a large journal; it matches whole words only.
  const oneLetter = query.trim().length === 1
  const precise = index.search(query, { fuzzy: false, prefix: !oneLetter })
  if (oneLetter) return precise.map((r, rank) => ({ id: String(r.id), terms: r.terms, rank }))
  return (precise.length ? precise : index.search(query)).map((r: SearchResult, rank) => ({
    id: String(r.id),
    terms: r.terms,
    rank,
  }))
}
