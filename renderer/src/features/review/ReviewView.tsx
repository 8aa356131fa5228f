// The quarterly review: pick a period, check the preview, export. The current quarter
// is preselected, so Review → Export → Save is the whole job.
import { useDeferredValue, useMemo, useState } from 'react'
import { buildReview } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/reviewHtml'
import { localIsoDate } from '../../../../shared/dates'
import { DEFAULT_ROLE } from '../../../../shared/competencies'
import { useSettings } from '../../db/settings'
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

  const built = useMemo(() => {
    if (!entries || !settings || !choice.ok) return null
    try {
      const review = buildReview(entries, {
        from: choice.period.from,
        to: choice.period.to,
        label: choice.period.label,
        previous: choice.previous,
        role: settings.targetRole ?? DEFAULT_ROLE,
        weights: settings.customWeights,
        shareSafe,
        sections,
        asOf: today,
      })
      return { review, html: renderReviewHtml(review), error: null }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { review: null, html: '', error: `The review could not be built: ${message}` }
    }
  }, [entries, settings, choice, shareSafe, sections, today])
  // Typing a date keeps the inputs responsive; the preview catches up.
  const preview = useDeferredValue(built)

  return (
    <section aria-labelledby="review-title" className="review">
      <header className="review-header">
        <h1 id="review-title">Review</h1>
        <p className="hint">
          A quarterly summary to hand to your manager. It is built from your journal on this
          computer; nothing is sent anywhere.
        </p>
      </header>
      <ExportBar review={built?.review ?? null} period={choice.ok ? choice.period : null} />
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
          ) : preview?.review ? (
            <>
              {preview.review.summary?.counts.total === 0 && (
                <p className="hint" role="status">
                  Nothing is logged in this period yet; the review will be mostly empty.
                </p>
              )}
              <ReviewPreview html={preview.html} title={preview.review.title} />
            </>
          ) : null}
        </div>
      </div>
    </section>
  )
}
