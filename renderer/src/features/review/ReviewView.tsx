// The quarterly review: pick a period, check the preview, export. The current quarter
// is preselected, so Review → Export → Save is the whole job.
import { useDeferredValue, useMemo, useState } from 'react'
import { buildReview } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/review'
import { localIsoDate } from '../../../../shared/time'
import { DEFAULT_ROLE } from '../../../../shared/entry'
import { useSettings } from '../../data/settings'
import { useReviewEntries } from './useReviewEntries'
import { useReviewPeriod } from './useReviewPeriod'
import { useReviewUi } from './reviewSlice'
import { PeriodPicker } from './PeriodPicker'
import { SectionOptions } from './SectionOptions'
import { ExportBar } from './ExportBar'
import { ReviewPreview } from './ReviewPreview'
import './review.css'

export function ReviewView() {
  const [today] = useState(() => localIsoDate(new Date()))
  const settings = useSettings()
  const entries = useReviewEntries()
  const fiscalStartMonth = settings?.fiscalYearStartMonth ?? 1
  const choice = useReviewPeriod(today, fiscalStartMonth)
  const shareSafe = useReviewUi((s) => s.shareSafe)
  const sections = useReviewUi((s) => s.sections)

  // The review is rebuilt from deferred inputs, so typing a date or ticking a box stays
  // instant even with a long journal; the preview and exports follow a moment later.
  const deferredChoice = useDeferredValue(choice)
  const deferredShareSafe = useDeferredValue(shareSafe)
  const deferredSections = useDeferredValue(sections)
  const stale =
    deferredChoice !== choice || deferredShareSafe !== shareSafe || deferredSections !== sections

  const built = useMemo(() => {
    if (!entries || !settings || !deferredChoice.ok) return null
    const { period, previous } = deferredChoice
    try {
      const review = buildReview(entries, {
        from: period.from,
        to: period.to,
        label: period.label,
        previous,
        role: settings.targetRole ?? DEFAULT_ROLE,
        weights: settings.customWeights,
        shareSafe: deferredShareSafe,
        sections: deferredSections,
        asOf: today,
      })
      return { review, period, html: renderReviewHtml(review), error: null }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { review: null, period, html: '', error: `The review could not be built: ${message}` }
    }
  }, [entries, settings, deferredChoice, deferredShareSafe, deferredSections, today])
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
      </header>
      <ExportBar review={exportable?.review ?? null} period={exportable?.period ?? null} />
      <div className="review-layout">
        <div className="review-controls card">
          <PeriodPicker choice={choice} fiscalStartMonth={fiscalStartMonth} />
          <SectionOptions />
        </div>
        <div className="review-preview-pane">
          {!entries || !settings ? (
            <p role="status">Loading your journal…</p>
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
