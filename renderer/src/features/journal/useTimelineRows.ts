// The timeline's rows: the live entries through the filters, then, while a search is
// typed, the hits in rank order. Each step is memoised on its own inputs, so a
// keystroke re-ranks without re-filtering and clearing a search rebuilds nothing.
import { useMemo } from 'react'
import type { Entry } from '../../../../shared/entry'
import { useLocale } from '../../app/localeSlice'
import {
  applyFilters,
  hasFilters,
  SEARCH_ROW_LIMIT,
  toSearchRows,
  toTimelineRows,
  type JournalFilters,
} from './timelineModel'
import { useSearch } from './useSearch'

function liveEntry(entry: Entry | undefined): Entry | undefined {
  return entry?.deletedAt === undefined ? entry : undefined
}

export function useTimelineRows(
  live: Entry[],
  byId: Map<string, Entry>,
  filters: JournalFilters,
  query: string,
  /** False until every entry is read: the first screen alone is not searched (see useSearch). */
  complete = true,
) {
  const locale = useLocale()
  const { hits, preparing, query: answered } = useSearch(live, query, complete)
  const filtered = useMemo(() => applyFilters(live, filters), [live, filters])
  const searching = hits !== null
  // Looked up by id while placing hits in rank order; built once per list, not per
  // keystroke. Without filters every live entry passes, so the journal's own map serves.
  const filteredById = useMemo(() => {
    if (!searching) return null
    if (!hasFilters(filters)) return { get: (id: string) => liveEntry(byId.get(id)) }
    return new Map(filtered.map((e) => [e.id, e]))
  }, [byId, filtered, filters, searching])
  // Kept while searching, so clearing the search does not rebuild 100,000 rows.
  const timelineRows = useMemo(() => toTimelineRows(filtered, locale), [filtered, locale])
  const { rows, matches } = useMemo(() => {
    // Typed before the index was ready: show nothing rather than rows that ignore the query.
    if (preparing) return { rows: [], matches: 0 }
    if (!hits || !filteredById) return { rows: timelineRows, matches: filtered.length }
    return toSearchRows(filteredById, hits, SEARCH_ROW_LIMIT, !hasFilters(filters))
  }, [filtered, filteredById, filters, hits, preparing, timelineRows])
  const shown = hits ? Math.min(matches, SEARCH_ROW_LIMIT) : matches
  return { rows, hits, matches, shown, preparing, answered }
}
