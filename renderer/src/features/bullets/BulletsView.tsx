// Resume bullets: the ranked list written from the journal, with the user's edits,
// pins and hides kept across regeneration.
import { useEffect, useState } from 'react'
import { localIsoDate } from '../../../../shared/time'
import { useBulletEdits } from '../../data/bulletEdits'
import { useSettings } from '../../data/settings'
import { useLiveEntries } from '../../data/useEntries'
import { useNavigation } from '../../app/navigation'
import { TargetRoleLine } from '../readiness'
import { BulletCard } from './BulletCard'
import { BulletsToolbar, type BulletFilters } from './BulletsToolbar'
import { PinnedActions } from './PinnedActions'
import { periodRange } from './period'
import { useBulletItems } from './useBulletItems'
import './bullets.css'

/** Bullets rendered at first; a long journal shows more on request, not thousands at once. */
const PAGE = 50

const INITIAL: BulletFilters = {
  period: 'all',
  custom: {},
  competency: '',
  shareSafe: true,
  showHidden: false,
}

/** A short message in a live region, cleared after a few seconds. */
function useStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('')
  useEffect(() => {
    if (!status) return
    const timer = window.setTimeout(() => setStatus(''), 5000)
    return () => window.clearTimeout(timer)
  }, [status])
  return [status, setStatus]
}

export function BulletsView() {
  const entries = useLiveEntries()
  const settings = useSettings()
  const edits = useBulletEdits()
  const [filters, setFilters] = useState(INITIAL)
  const [limit, setLimit] = useState(PAGE)
  const [status, report] = useStatus()
  const today = localIsoDate(new Date())
  const role = settings?.targetRole ?? undefined
  const range = periodRange(filters.period, today, settings?.fiscalYearStartMonth, filters.custom)
  const weights = settings?.customWeights
  const { selection, check } = useBulletItems(entries, edits, {
    today,
    role,
    weights,
    shareSafe: filters.shareSafe,
    from: range.from,
    to: range.to,
    competency: filters.competency,
    showHidden: filters.showHidden,
    limit,
  })

  function copy(text: string, what: string) {
    navigator.clipboard.writeText(text).then(
      () => report(`Copied ${what} to the clipboard.`),
      () => report(`Could not copy ${what}: select the text and copy it instead.`),
    )
  }

  return (
    <section aria-labelledby="bullets-title" className="bullets-view">
      <h1 id="bullets-title">Bullets</h1>
      <p className="hint">
        Resume and promotion-case bullets written from your entries, strongest first. Edit any of
        them; your wording is kept when the list is regenerated.
      </p>
      {settings && <TargetRoleLine role={settings.targetRole} lead="Ranked for" />}
      <BulletsToolbar
        filters={filters}
        change={(next) => setFilters((current) => ({ ...current, ...next }))}
        hiddenCount={selection?.hiddenCount ?? 0}
      />
      <PinnedActions texts={selection?.pinned ?? []} copy={copy} report={report} />
      {selection === undefined ? (
        <p className="muted">Loading bullets…</p>
      ) : !selection.any && (entries?.length ?? 0) === 0 ? (
        <EmptyState />
      ) : selection.shown.length === 0 ? (
        <div className="card bullets-empty">
          <p>
            {!selection.any
              ? 'No leadership moments or stakeholder wins in this period.'
              : 'No bullets match these filters.'}
          </p>
          <p className="hint">
            Log a leadership moment or stakeholder win, or widen the period or competency.
          </p>
        </div>
      ) : (
        <ol className="bullets-list" aria-label="Ranked bullets">
          {selection.shown.map((item) => (
            <BulletCard
              key={item.bullet.entryId}
              item={item}
              check={check}
              copy={copy}
              report={report}
            />
          ))}
        </ol>
      )}
      {selection?.more ? (
        <button type="button" className="bullets-more" onClick={() => setLimit(limit + PAGE)}>
          Show more bullets
        </button>
      ) : null}
      <div className={status ? 'toast' : 'visually-hidden'} role="status" aria-live="polite">
        {status}
      </div>
    </section>
  )
}

function EmptyState() {
  const startNewEntry = useNavigation((s) => s.startNewEntry)
  return (
    <div className="card bullets-empty">
      <p>
        <strong>No bullets yet.</strong> Log a leadership moment or stakeholder win, and the
        strongest ones turn into resume bullets here.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => startNewEntry({ kind: 'leadership-moment' })}
        >
          Log a leadership moment
        </button>
        <button type="button" onClick={() => startNewEntry({ kind: 'stakeholder-win' })}>
          Log a stakeholder win
        </button>
      </div>
    </div>
  )
}
