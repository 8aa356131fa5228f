// Settings section owned by the review feature: when the fiscal year starts.
import { useId, useState } from 'react'
import { updateSettings, useSettings } from '../../data/settings'
import { describeWriteError } from '../../data/writeErrors'
import { MONTHS } from '../../../../shared/format'
import './review.css'

export function FiscalYearSettings() {
  const settings = useSettings()
  const id = useId()
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)
  if (!settings) return null
  const month = settings.fiscalYearStartMonth
  const example = `${MONTHS[month - 1]} 2026 opens ${month === 1 ? '2026 Q1' : 'FY2027 Q1'}`

  const change = async (value: number) => {
    try {
      await updateSettings({ fiscalYearStartMonth: value })
      setStatus({ error: false, text: `Fiscal year now starts in ${MONTHS[value - 1]}.` })
    } catch (error) {
      setStatus({ error: true, text: describeWriteError(error) })
    }
  }

  return (
    <section className="card settings-section fiscal-year" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fiscal year</h2>
      <div className="field">
        <label htmlFor={`${id}-month`}>Fiscal year starts in</label>
        <select
          id={`${id}-month`}
          value={month}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(Number(e.target.value))}
        >
          {MONTHS.map((name, i) => (
            <option key={name} value={i + 1}>
              {name}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="hint">
          Used by the Review's fiscal quarters. A fiscal year is named by the calendar year in which
          it ends: {example}.
        </span>
      </div>
      {status && (
        <p className={status.error ? 'error' : 'hint'} role="status">
          {status.text}
        </p>
      )}
    </section>
  )
}
