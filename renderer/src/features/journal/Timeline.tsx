// The virtualised timeline: month headers and entry rows, newest first. Only the rows
// in view are in the DOM, so 10,000 entries scroll like 10.
import { memo, useCallback, useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { KIND_LABELS } from '../../../../shared/entry'
import { COMPETENCY_BY_ID } from '../../../../shared/entry'
import { formatDay, formatNumber } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { KindIcon } from '../../components/KindIcon'
import { Highlight } from '../../components/Highlight'
import type { SearchResults } from './searchResults'
import { snippetFor, summaryOf, type TimelineRow } from './timelineModel'
import './timeline.css'

interface Props {
  rows: TimelineRow[]
  hits: SearchResults | null
  selectedId: string | null
  onSelect(id: string): void
  /** Changes when the search or filters change; the list then starts from the top. */
  resetKey: string
}

/** Arrow keys step through entries; rows just outside the view are rendered (overscan). */
function moveFocus(event: React.KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('.entry-row')]
  const at = rows.indexOf(document.activeElement as HTMLElement)
  if (at < 0) return
  event.preventDefault()
  rows[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus()
}

// Rows have fixed heights (the CSS clamps their text to fit), so the virtualizer never
// measures: measuring made it re-lay out every row after each scroll step at 100,000.
const MONTH_HEIGHT = 40
const ENTRY_HEIGHT = 84
function rowHeight(row: TimelineRow | undefined): number {
  return row?.type === 'month' ? MONTH_HEIGHT : ENTRY_HEIGHT
}

const NO_TERMS: readonly string[] = []

// Memoised: a keystroke re-renders the journal before its results are ready, and the
// timeline has nothing new to show until they are.
export const Timeline = memo(function Timeline({
  rows,
  hits,
  selectedId,
  onSelect,
  resetKey,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const locale = useLocale()
  // Stable per list: the virtualizer recomputes every row's position whenever
  // getItemKey changes, which at 100,000 rows was most of each scroll step.
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows])
  const estimateSize = useCallback((i: number) => rowHeight(rows[i]), [rows])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
  })

  // Asks the virtualizer where the list is scrolled to, as it heard from scroll events:
  // reading or setting scrollTop after each keystroke's commit made the browser lay the
  // page out there and then, a few milliseconds of every keystroke.
  useEffect(() => {
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0)
  }, [resetKey, virtualizer])

  return (
    <div
      ref={scrollRef}
      className="timeline"
      role="region"
      aria-label="Timeline"
      tabIndex={-1}
      onKeyDown={moveFocus}
    >
      <ul className="timeline-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            <li
              key={item.key}
              className="timeline-item"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {row.type === 'month' ? (
                <h2 className="month-head">
                  {row.label} <span className="muted">· {formatNumber(row.count, locale)}</span>
                </h2>
              ) : (
                <EntryRow
                  row={row}
                  terms={hits ? hits.termsFor(row.entry) : null}
                  selected={row.entry.id === selectedId}
                  onSelect={onSelect}
                />
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
})

function sameTerms(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  return a.every((term, i) => term === b[i])
}

// Memoised so a scroll step renders only the rows that came into view, and a keystroke
// only the rows whose entry or highlighted words changed (each search lists its terms
// afresh, so they are compared word by word).
const EntryRow = memo(
  function EntryRow({
    row,
    terms,
    selected,
    onSelect,
  }: {
    row: Extract<TimelineRow, { type: 'entry' }>
    /** The words to highlight, or null when no search is running. */
    terms: readonly string[] | null
    selected: boolean
    onSelect(id: string): void
  }) {
    const { entry } = row
    const locale = useLocale()
    const detail = terms ? snippetFor(entry, terms) : summaryOf(entry)
    return (
      <button
        type="button"
        className={`entry-row kind-border-${entry.kind}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(entry.id)}
      >
        <KindIcon kind={entry.kind} size={18} />
        <span className={detail ? 'entry-row-main' : 'entry-row-main no-detail'}>
          <span className="entry-row-title">
            <Highlight text={entry.title} terms={terms ?? NO_TERMS} />
          </span>
          {detail && (
            // Shown when the title leaves room for it (timeline.css): a long title takes
            // two lines and the detail steps aside, so every row keeps its fixed height.
            <span className="entry-row-fill">
              <span className="entry-row-detail">
                <Highlight text={detail} terms={terms ?? NO_TERMS} />
              </span>
            </span>
          )}
          <span className="entry-row-meta">
            <span className="visually-hidden">{KIND_LABELS[entry.kind]}, </span>
            {formatDay(entry.occurredOn, locale)}
            {' · '}
            {entry.competencies.map((c) => COMPETENCY_BY_ID[c].name).join(', ')}
            {entry.sample && <span className="badge sample-badge">Sample</span>}
          </span>
        </span>
      </button>
    )
  },
  (before, after) =>
    before.row === after.row &&
    before.selected === after.selected &&
    before.onSelect === after.onSelect &&
    sameTerms(before.terms, after.terms),
)
