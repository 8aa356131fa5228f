// Chooses the review period: a calendar quarter, a fiscal quarter or a custom range.
import { formatRange, type Period } from '../../../../shared/time'
import { useLocale } from '../../app/localeSlice'
import { useReviewUi, type PeriodMode } from './reviewSlice'
import type { PeriodChoice } from './useReviewPeriod'
import { MONTHS } from '../../../../shared/format'

const MODES: { id: PeriodMode; label: string }[] = [
  { id: 'calendar', label: 'Calendar quarter' },
  { id: 'fiscal', label: 'Fiscal quarter' },
  { id: 'custom', label: 'Custom range' },
]

/** "1 Oct – 31 Dec 2026, compared with 2026 Q3 (1 Jul – 30 Sept 2026)." */
function describeChoice(period: Period, previous: Period, locale: string): string {
  const range = formatRange(previous.from, previous.to, locale)
  const compared = previous.kind === 'custom' ? range : `${previous.label} (${range})`
  return `${formatRange(period.from, period.to, locale)}, compared with ${compared}.`
}

interface Props {
  choice: PeriodChoice
  fiscalStartMonth: number
}

export function PeriodPicker({ choice, fiscalStartMonth }: Props) {
  const ui = useReviewUi()
  const locale = useLocale()

  const pickMode = (mode: PeriodMode) => {
    // A custom range starts from the period on screen, so the user only adjusts it.
    if (mode === 'custom' && choice.ok && !ui.customFrom) {
      ui.setCustom({ from: choice.period.from, to: choice.period.to })
    }
    ui.setMode(mode)
  }

  return (
    <fieldset className="review-period">
      <legend>Period</legend>
      <div className="review-modes" role="radiogroup" aria-label="Kind of period">
        {MODES.map((m) => (
          <label key={m.id} className="review-mode">
            <input
              type="radio"
              name="review-period-mode"
              value={m.id}
              checked={ui.mode === m.id}
              onChange={() => pickMode(m.id)}
            />
            {m.label}
          </label>
        ))}
      </div>

      {ui.mode === 'custom' ? (
        <div className="row">
          <div className="field">
            <label htmlFor="review-from">From</label>
            <input
              id="review-from"
              type="date"
              value={ui.customFrom}
              aria-invalid={!choice.ok}
              aria-describedby="review-period-status"
              onChange={(e) => ui.setCustom({ from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="review-to">To (inclusive)</label>
            <input
              id="review-to"
              type="date"
              value={ui.customTo}
              aria-invalid={!choice.ok}
              aria-describedby="review-period-status"
              onChange={(e) => ui.setCustom({ to: e.target.value })}
            />
          </div>
        </div>
      ) : (
        <div className="field">
          <label htmlFor="review-quarter">Quarter</label>
          <select
            id="review-quarter"
            value={choice.ok ? choice.period.from : ''}
            onChange={(e) => ui.setQuarter(e.target.value)}
          >
            {choice.quarters.map((q, i) => (
              <option key={q.from} value={q.from}>
                {q.label}
                {i === 0 ? ' (current)' : ''}
              </option>
            ))}
          </select>
          {ui.mode === 'fiscal' && (
            <span className="hint">
              Your fiscal year starts in {MONTHS[fiscalStartMonth - 1]} and is named by the year it
              ends in (change it in Settings).
            </span>
          )}
        </div>
      )}

      <p id="review-period-status" className={choice.ok ? 'hint' : 'error'} role="status">
        {choice.ok ? describeChoice(choice.period, choice.previous, locale) : choice.message}
      </p>
    </fieldset>
  )
}
