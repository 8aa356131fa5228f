// The welcome's second question: the month the user's company year starts in, which the
// review's fiscal quarters follow. January, the calendar year, unless they say otherwise.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { MONTHS } from '../../../../shared/format'

interface Props {
  /** The month already set (1 = January). */
  initial: number
  onChoose(month: number): void
  onSkip(): void
}

export function YearStep({ initial, onChoose, onSkip }: Props) {
  const id = useId()
  const [month, setMonth] = useState(initial)
  const select = useRef<HTMLSelectElement>(null)
  // The first question's form is gone: the new question is where the user carries on.
  useEffect(() => select.current?.focus(), [])

  function submit(event: FormEvent) {
    event.preventDefault()
    onChoose(month)
  }

  return (
    <form className="welcome-step" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-month`}>When does your company’s year start?</label>
        <select
          ref={select}
          id={`${id}-month`}
          value={month}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setMonth(Number(e.target.value))}
        >
          {MONTHS.map((name, i) => (
            <option key={name} value={i + 1}>
              {name}
            </option>
          ))}
        </select>
        <span id={`${id}-hint`} className="hint">
          Your review’s quarters follow it. Leave January if your company uses the calendar year.
        </span>
      </div>
      <div className="row welcome-actions">
        <button type="submit" className="primary">
          Continue
        </button>
        <button type="button" className="link" onClick={onSkip}>
          Skip for now
        </button>
      </div>
    </form>
  )
}
