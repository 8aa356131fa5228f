// Keeping the search index in step with the journal: only the entries that were added,
// edited or removed since the last sync touch it, so a change never re-indexes them all.
import type { Entry } from '../../../../shared/entry'
import type { SearchIndex } from './searchIndex'

/** What the index holds: each entry's updatedAt, to spot what changed. */
export type IndexedVersions = Map<string, string>

/**
 * Replaces edited entries and discards removed ones; returns the new versions map and
 * the entries not indexed yet, for the caller to add all at once or in slices.
 */
function updateChanged(
  index: SearchIndex,
  indexed: IndexedVersions,
  entries: readonly Entry[],
): { next: IndexedVersions; added: Entry[] } {
  const next: IndexedVersions = new Map()
  const added: Entry[] = []
  for (const entry of entries) {
    next.set(entry.id, entry.updatedAt)
    const before = indexed.get(entry.id)
    if (before === undefined) added.push(entry)
    else if (before !== entry.updatedAt) index.replace(entry)
  }
  for (const id of indexed.keys()) if (!next.has(id)) index.discard(id)
  return { next, added }
}

/**
 * Brings the index in line with `entries` and returns the new versions map. Only
 * entries that were added, edited or removed touch the index.
 */
export function syncSearchIndex(
  index: SearchIndex,
  indexed: IndexedVersions,
  entries: readonly Entry[],
): IndexedVersions {
  const { next, added } = updateChanged(index, indexed, entries)
  if (added.length) index.addAll(added)
  return next
}

/** Entries indexed per slice when building in the background: a few milliseconds. */
export const INDEX_CHUNK = 200

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
  const { next, added } = updateChanged(index, indexed, entries)
  for (let at = 0; at < added.length; at += INDEX_CHUNK) {
    if (at > 0 && !(await pause())) return null
    index.addAll(added.slice(at, at + INDEX_CHUNK))
  }
  return next
}
