// The Journal: follow-ups and the sample banner on top, the timeline on the left and
// the selected entry or the editor on the right.
import { useCallback, useMemo } from 'react'
import { localIsoDate } from '../../../../shared/time'
import type { Entry } from '../../../../shared/entry'
import { ConfirmDialog } from '../../components/Dialog'
import { Toast } from '../../components/Toast'
import { clearDraft } from '../../data/drafts'
import { useToast } from '../../app/toastSlice'
import { useJournalUi } from './journalSlice'
import { EmptyState } from './EmptyState'
import { EntryEditor } from './EntryEditor'
import { EntryView } from './EntryView'
import { FollowUps } from './FollowUps'
import { SampleBanner } from './SampleBanner'
import { Timeline } from './Timeline'
import { TimelineFilters } from './TimelineFilters'
import { TrashView } from './TrashView'
import {
  applyFilters,
  facetsOf,
  hasFilters,
  SEARCH_ROW_LIMIT,
  toSearchRows,
  toTimelineRows,
} from './timelineModel'
import { useJournalActions } from './useJournalActions'
import { useJournalData } from './useJournalData'
import { useSearch } from './useSearch'
import { isMac } from './keys'
import './journal.css'

function liveEntry(entry: Entry | undefined): Entry | undefined {
  return entry?.deletedAt === undefined ? entry : undefined
}

export function JournalView() {
  const today = localIsoDate(new Date())
  const data = useJournalData(today)
  const { ui, startNew, open, startEdit, closePane, remove } = useJournalActions(
    data.byId,
    data.loading,
  )
  const { pane, filters, query, showTrash, pendingLeave } = ui
  const { toast, notify: raiseToast, dismiss: dismissToast } = useToast()
  const notify = useCallback((message: string) => raiseToast({ message }), [raiseToast])

  const { hits, preparing, query: answered } = useSearch(data.live, query)
  const filtered = useMemo(() => applyFilters(data.live, filters), [data.live, filters])
  const searching = hits !== null
  // Looked up by id while placing hits in rank order; built once per list, not per
  // keystroke. Without filters every live entry passes, so the journal's own map serves.
  const filteredById = useMemo(() => {
    if (!searching) return null
    if (!hasFilters(filters)) return { get: (id: string) => liveEntry(data.byId.get(id)) }
    return new Map(filtered.map((e) => [e.id, e]))
  }, [data.byId, filtered, filters, searching])
  // Kept while searching, so clearing the search does not rebuild 100,000 rows.
  const timelineRows = useMemo(() => toTimelineRows(filtered), [filtered])
  const { rows, matches } = useMemo(() => {
    // Typed before the index was ready: show nothing rather than rows that ignore the query.
    if (preparing) return { rows: [], matches: 0 }
    if (!hits || !filteredById) return { rows: timelineRows, matches: filtered.length }
    return toSearchRows(filteredById, hits, SEARCH_ROW_LIMIT, !hasFilters(filters))
  }, [filtered, filteredById, filters, hits, preparing, timelineRows])
  const facets = useMemo(() => facetsOf(data.live), [data.live])
  const shown = hits ? Math.min(matches, SEARCH_ROW_LIMIT) : matches

  const isEmpty = !data.loading && data.live.length === 0
  const selectedId =
    pane.type === 'view' ? pane.id : pane.type === 'edit' ? (pane.initial.id ?? null) : null
  const found = pane.type === 'view' ? data.byId.get(pane.id) : undefined
  // A trashed entry is read from the Trash, not opened as if it were live.
  const viewed: Entry | undefined = found?.deletedAt === undefined ? found : undefined
  const stillOpen = useCallback(
    (session: number) => () => {
      const current = useJournalUi.getState().pane
      return current.type === 'edit' && current.session === session
    },
    [],
  )

  return (
    <section className="journal" aria-labelledby="journal-title">
      <header className="journal-head">
        <h1 id="journal-title">Journal</h1>
        <span className="muted">
          {data.live.length.toLocaleString('en')} {data.live.length === 1 ? 'entry' : 'entries'}
        </span>
        <div className="grow" />
        <button type="button" aria-pressed={showTrash} onClick={() => ui.setShowTrash(!showTrash)}>
          Trash{data.trash.length ? ` (${data.trash.length})` : ''}
        </button>
        <button
          type="button"
          className="primary"
          title={`New entry (${isMac ? '⌘N' : 'Ctrl+N'})`}
          onClick={() => startNew()}
        >
          New entry
        </button>
      </header>

      <FollowUps items={data.dueFollowUps} today={today} onOpen={open} onNotify={notify} />
      {data.hasSample && <SampleBanner onNotify={notify} />}

      {isEmpty && pane.type === 'none' && !showTrash ? (
        <EmptyState onStart={startNew} />
      ) : (
        <div className="journal-panes">
          <div className="timeline-pane">
            {data.live.length > 0 && <TimelineFilters people={facets.people} tags={facets.tags} />}
            <p className="result-count" role="status">
              {data.loading
                ? 'Loading your journal…'
                : preparing
                  ? 'Preparing search…'
                  : data.live.length === 0
                    ? 'Your entries will appear here, newest first.'
                    : hits && shown < matches
                      ? `Showing the best ${shown.toLocaleString('en')} of ${matches.toLocaleString('en')} matches`
                      : hits || hasFilters(filters)
                        ? `${shown.toLocaleString('en')} of ${data.live.length.toLocaleString('en')} entries match${query.trim().length === 1 ? ' (one letter matches whole words; type more to match word beginnings)' : ''}`
                        : ''}
            </p>
            {rows.length > 0 && (
              <Timeline
                rows={rows}
                hits={hits}
                selectedId={selectedId}
                onSelect={open}
                resetKey={`${answered}|${JSON.stringify(filters)}`}
              />
            )}
          </div>
          <div className="detail-pane">
            {showTrash ? (
              <TrashView entries={data.trash} onNotify={notify} />
            ) : pane.type === 'edit' ? (
              <EntryEditor
                key={pane.session}
                initial={pane.initial}
                restored={pane.restored}
                onDirtyChange={ui.setDirty}
                onSaved={(entry) => {
                  ui.view(entry.id)
                  notify(`Saved “${entry.title}”`)
                }}
                onClose={closePane}
                onDiscardDraft={() => {
                  clearDraft()
                  ui.close()
                }}
                stillOpen={stillOpen(pane.session)}
              />
            ) : viewed ? (
              <EntryView
                entry={viewed}
                onEdit={() => startEdit(viewed)}
                onDelete={() => remove(viewed)}
                onClose={ui.close}
              />
            ) : (
              <div className="detail-placeholder">
                <p>Select an entry to read it, or start a new one.</p>
                <p className="hint">
                  {isMac ? '⌘N' : 'Ctrl+N'} new entry · {isMac ? '⌘S' : 'Ctrl+S'} save · Esc close
                </p>
              </div>
            )}
          </div>
        </div>
      )}

      {pendingLeave && (
        <ConfirmDialog
          title="Discard unsaved changes?"
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          danger
          onCancel={() => ui.resolveLeave(false)}
          onConfirm={() => ui.resolveLeave(true)}
        >
          <p>The changes in this entry have not been saved.</p>
        </ConfirmDialog>
      )}
      {toast && (
        <Toast
          key={toast.id}
          message={toast.message}
          actionLabel={toast.actionLabel}
          onAction={toast.onAction}
          onDismiss={dismissToast}
        />
      )}
    </section>
  )
}
