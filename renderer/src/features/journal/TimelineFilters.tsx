// Search and filters above the timeline. Filters narrow, the search ranks and highlights.
import { useMemo, type RefObject } from 'react'
import { CompetencySelect } from '../../components/CompetencySelect'
import { ENTRY_KINDS, KIND_LABELS, type Entry, type EntryKind } from '../../../../shared/entry'
import { useJournalUi } from './journalSlice'
import { facetsOf, hasFilters } from './timelineModel'

interface Props {
  /** The live entries, whose people and tags the pickers list. */
  entries: readonly Entry[]
  /** The search box, for "focus the search" requests. */
  searchRef?: RefObject<HTMLInputElement | null>
}

/**
 * The search box on its own: the only part of the bar that a keystroke renders again
 * (the pickers below list every person and tag in the journal).
 */
function SearchBox({ searchRef }: Pick<Props, 'searchRef'>) {
  const query = useJournalUi((s) => s.query)
  const setQuery = useJournalUi((s) => s.setQuery)
  return (
    <label className="search">
      <span className="visually-hidden">Search</span>
      <input
        ref={searchRef}
        type="search"
        placeholder="Search title, notes, people, tags…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </label>
  )
}

export function TimelineFilters({ entries, searchRef }: Props) {
  // Worked out here rather than by the Journal, so when the whole journal comes in, React
  // can yield between the Journal's rows and these lists instead of one long task.
  const { people, tags } = useMemo(() => facetsOf(entries), [entries])
  const filters = useJournalUi((s) => s.filters)
  const setFilters = useJournalUi((s) => s.setFilters)
  const clearFilters = useJournalUi((s) => s.clearFilters)
  const searching = useJournalUi((s) => s.query !== '')
  const active = hasFilters(filters) || searching
  return (
    <div className="filters">
      <SearchBox searchRef={searchRef} />
      <details className="filter-details" open={hasFilters(filters) || undefined}>
        <summary>Filters{hasFilters(filters) ? ' (on)' : ''}</summary>
        <div className="filter-grid">
          <label className="field">
            <span>Entry type</span>
            <select
              value={filters.kind}
              onChange={(e) => setFilters({ kind: e.target.value as EntryKind | '' })}
            >
              <option value="">All kinds</option>
              {ENTRY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Competency</span>
            <CompetencySelect
              value={filters.competency}
              onChange={(competency) => setFilters({ competency })}
            />
          </label>
          <label className="field">
            <span>Person</span>
            <select value={filters.person} onChange={(e) => setFilters({ person: e.target.value })}>
              <option value="">Anyone</option>
              {people.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Tag</span>
            <select value={filters.tag} onChange={(e) => setFilters({ tag: e.target.value })}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>From</span>
            <input
              type="date"
              value={filters.from}
              onChange={(e) => setFilters({ from: e.target.value })}
            />
          </label>
          <label className="field">
            <span>To</span>
            <input
              type="date"
              value={filters.to}
              onChange={(e) => setFilters({ to: e.target.value })}
            />
          </label>
        </div>
      </details>
      {active && (
        <button type="button" className="link clear-filters" onClick={clearFilters}>
          Clear search and filters
        </button>
      )}
    </div>
  )
}
