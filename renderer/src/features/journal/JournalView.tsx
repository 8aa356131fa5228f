// The Journal: follow-ups and the sample banner on top, the timeline on the left and
// the selected entry or the editor on the right.
import { memo, useCallback, useRef } from 'react'
import { formatCount, formatNumber } from '../../../../shared/format'
import { localIsoDate } from '../../../../shared/time'
import { ConfirmDialog } from '../../components/Dialog'
import { Toast } from '../../components/Toast'
import { useLocale } from '../../app/localeSlice'
import { useToast } from '../../app/toastSlice'
import { DetailPane } from './DetailPane'
import type { Pane } from './journalSlice'
import { EmptyState } from './EmptyState'
import { FollowUps } from './FollowUps'
import { SampleBanner } from './SampleBanner'
import { Timeline } from './Timeline'
import { TimelineFilters } from './TimelineFilters'
import { hasFilters } from './timelineModel'
import { timelineStatus } from './timelineStatus'
import { useJournalActions } from './useJournalActions'
import { useJournalData } from './useJournalData'
import { ThisWeekStrip } from '../habit'
import { useSearchFocusRequest } from './useSearchFocusRequest'
import { useTimelineRows } from './useTimelineRows'
import { isMac } from './keys'
import './journal.css'

// The journal renders again on every keystroke of a search (twice when the search is
// costly: the typed text, then its results): its UI store holds the query. The parts that do not show the search are
// memoised, so a keystroke renders only the search box, the count and the timeline.
const StillFollowUps = memo(FollowUps)
const StillWeekStrip = memo(ThisWeekStrip)
const StillFilters = memo(TimelineFilters)
const StillDetailPane = memo(DetailPane)

/** The entry the timeline marks as selected: the one being read or edited. */
function selectedIdOf(pane: Pane): string | null {
  if (pane.type === 'view') return pane.id
  if (pane.type === 'edit') return pane.initial.id ?? null
  return null
}

export function JournalView() {
  const today = localIsoDate(new Date())
  const locale = useLocale()
  const data = useJournalData(today)
  const { ui, startNew, open, startEdit, closePane, remove } = useJournalActions(
    data.byId,
    data.loading,
  )
  const { pane, filters, query, showTrash, pendingLeave } = ui
  const { toast, notify: raiseToast, dismiss: dismissToast } = useToast()
  const notify = useCallback((message: string) => raiseToast({ message }), [raiseToast])
  const searchRef = useRef<HTMLInputElement>(null)
  useSearchFocusRequest(searchRef, !data.loading)

  const { rows, hits, matches, shown, preparing, answered } = useTimelineRows(
    data.live,
    data.byId,
    filters,
    query,
    !data.loading,
  )
  const status = timelineStatus(
    {
      loading: data.loading,
      preparing,
      total: data.live.length,
      searching: hits !== null,
      filtering: hasFilters(filters),
      shown,
      matches,
      query,
    },
    locale,
  )

  const isEmpty = !data.loading && data.live.length === 0

  return (
    <section className="journal" aria-labelledby="journal-title">
      <header className="journal-head">
        <h1 id="journal-title">Journal</h1>
        {/* No count until every entry is read: the first screen alone would give a wrong one. */}
        <span className="muted">
          {data.loading ? '' : formatCount(data.live.length, 'entry', 'entries', locale)}
        </span>
        <div className="grow" />
        <button type="button" aria-pressed={showTrash} onClick={() => ui.setShowTrash(!showTrash)}>
          Trash{data.trash.length ? ` (${formatNumber(data.trash.length, locale)})` : ''}
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

      <StillFollowUps items={data.dueFollowUps} today={today} onOpen={open} onNotify={notify} />
      {data.hasSample && <SampleBanner onNotify={notify} />}

      {isEmpty && pane.type === 'none' && !showTrash ? (
        <EmptyState onStart={startNew} />
      ) : (
        <div className="journal-panes">
          <div className="timeline-pane">
            {/* Above the search: the timeline below shrinks to make way, the editor
                beside it does not move. */}
            <StillWeekStrip />
            {data.live.length > 0 && <StillFilters entries={data.live} searchRef={searchRef} />}
            <p className="result-count" role="status">
              {status}
            </p>
            {/* Kept while a search runs, even when it finds nothing: mounting the list
                again on the next keystroke cost that keystroke another frame. */}
            {(rows.length > 0 || hits !== null || preparing) && (
              <Timeline
                rows={rows}
                hits={hits}
                selectedId={selectedIdOf(pane)}
                onSelect={open}
                resetKey={`${answered}|${JSON.stringify(filters)}`}
              />
            )}
          </div>
          <div className="detail-pane">
            <StillDetailPane
              pane={pane}
              showTrash={showTrash}
              trash={data.trash}
              byId={data.byId}
              notify={notify}
              onEdit={startEdit}
              onDelete={remove}
              onCloseEditor={closePane}
            />
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
