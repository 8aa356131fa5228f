// The quarterly review: pick a period, write a few words of your own, check the preview,
// export. The current quarter is preselected, so Review → Export → Save is the whole job.
// The preview and every export are one Review, built with the user's bullet edits and
// their words, so what is seen is what is saved.
import { useDeferredValue, useMemo, useState } from 'react'
import { buildReview } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/review'
import { localIsoDate } from '../../../../shared/time'
import { useSettings } from '../../data/settings'
import { useLoadProgress } from '../../data/useEntries'
import { JournalLoading } from '../../components/JournalLoading'
import { TargetRoleLine } from '../readiness'
import { useReviewEntries } from './useReviewEntries'
import { useReviewPeriod } from './useReviewPeriod'
import { useReviewUi } from './reviewSlice'
import { PeriodPicker } from './PeriodPicker'
import { SectionOptions } from './SectionOptions'
import { ExportBar } from './ExportBar'
import { ReviewPreview } from './ReviewPreview'
import { OwnWordsPanel } from './OwnWordsPanel'
import { useOwnWords } from './useOwnWords'
import { useReviewEdits } from './useReviewEdits'
import './review.css'

export function ReviewView() {
  const [today] = useState(() => localIsoDate(new Date()))
  const settings = useSettings()
  const entries = useReviewEntries()
  const loading = useLoadProgress()
  const bulletEdits = useReviewEdits()
  const fiscalStartMonth = settings?.fiscalYearStartMonth ?? 1
  const choice = useReviewPeriod(today, fiscalStartMonth)
  const shareSafe = useReviewUi((s) => s.shareSafe)
  const sections = useReviewUi((s) => s.sections)
  const showScores = useReviewUi((s) => s.showScores)

  // The review is rebuilt from deferred inputs, so typing a date or ticking a box stays
  // instant even with a long journal; the preview and exports follow a moment later.
  const deferredChoice = useDeferredValue(choice)
  const deferredShareSafe = useDeferredValue(shareSafe)
  const deferredSections = useDeferredValue(sections)
  const deferredShowScores = useDeferredValue(showScores)
  const stale =
    deferredChoice !== choice ||
    deferredShareSafe !== shareSafe ||
    deferredSections !== sections ||
    deferredShowScores !== showScores
  // The words follow the period the review is built for, so the two never disagree. The
  // review takes them as saved: a pause in the typing, or leaving the panel, rebuilds it.
  const own = useOwnWords(deferredChoice.ok ? deferredChoice.period : null)
  const narrative = own.saved

  const built = useMemo(() => {
    if (!entries || !settings || !bulletEdits || !deferredChoice.ok || !own.ready) return null
    const { period, previous } = deferredChoice
    try {
      const review = buildReview(entries, {
        from: period.from,
        to: period.to,
        label: period.label,
        previous,
        // Null until the user chooses: weighed as the default role, which is not printed.
        role: settings.targetRole,
        weights: settings.customWeights,
        shareSafe: deferredShareSafe,
        sections: deferredSections,
        asOf: today,
        bulletEdits,
        narrative,
        showScores: deferredShowScores,
        certifications: settings.certifications,
      })
      return { review, period, html: renderReviewHtml(review), error: null }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { review: null, period, html: '', error: `The review could not be built: ${message}` }
    }
  }, [
    entries,
    settings,
    bulletEdits,
    deferredChoice,
    own.ready,
    deferredShareSafe,
    deferredSections,
    deferredShowScores,
    narrative,
    today,
  ])
  // Never export a review that no longer matches what the controls say.
  const exportable = choice.ok && !stale && built?.review ? built : null

  return (
    <section aria-labelledby="review-title" className="review">
      <header className="review-header">
        <h1 id="review-title">Review</h1>
        <p className="hint">
          A quarterly summary to hand to your manager. It is built from your journal on this
          computer; nothing is sent anywhere.
        </p>
        {settings && <TargetRoleLine role={settings.targetRole} />}
      </header>
      <ExportBar review={exportable?.review ?? null} period={exportable?.period ?? null} />
      <div className="review-layout">
        {/* The period, then the user's words for it, then the rarely changed contents. */}
        <div className="review-side">
          <div className="review-controls card">
            <PeriodPicker choice={choice} fiscalStartMonth={fiscalStartMonth} />
          </div>
          <OwnWordsPanel label={deferredChoice.ok ? deferredChoice.period.label : null} own={own} />
          <div className="review-controls card">
            <SectionOptions />
          </div>
        </div>
        <div className="review-preview-pane">
          {!entries || !settings || !bulletEdits ? (
            <JournalLoading progress={loading} />
          ) : built?.error ? (
            <p role="alert" className="error">
              {built.error}
            </p>
          ) : built?.review ? (
            <>
              {built.review.summary?.counts.total === 0 && (
                <p className="hint" role="status">
                  Nothing is logged in this period yet; the review will be mostly empty.
                </p>
              )}
              <ReviewPreview html={built.html} title={built.review.title} />
            </>
          ) : null}
        </div>
      </div>
    </section>
  )
}
