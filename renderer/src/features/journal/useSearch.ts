// Search over the live entries. The index object lives as long as the journal view and
// is synced incrementally when entries change; typing only queries it.
import { useDeferredValue, useMemo, useState } from 'react'
import type { Entry } from '../../../../shared/entry'
import {
  createSearchIndex,
  searchEntries,
  syncSearchIndex,
  type IndexedVersions,
  type SearchHit,
} from './searchIndex'

class LiveIndex {
  private index = createSearchIndex()
  private versions: IndexedVersions = new Map()
  private synced: readonly Entry[] | null = null

  sync(entries: readonly Entry[]): readonly Entry[] {
    if (this.synced !== entries) {
      this.versions = syncSearchIndex(this.index, this.versions, entries)
      this.synced = entries
    }
    return entries
  }

  search(query: string): SearchHit[] {
    return searchEntries(this.index, query)
  }
}

/** Hits in relevance order, or null when the query is empty (no search running). */
export function useSearch(entries: readonly Entry[], query: string): Map<string, SearchHit> | null {
  const [live] = useState(() => new LiveIndex())
  const deferred = useDeferredValue(query)
  const synced = useMemo(() => live.sync(entries), [live, entries])
  return useMemo(() => {
    if (!deferred.trim()) return null
    // `synced` ties the search to the index state it ran against.
    void synced
    return new Map(live.search(deferred).map((hit) => [hit.id, hit]))
  }, [live, synced, deferred])
}
