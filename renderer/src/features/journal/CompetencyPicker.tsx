// The competencies an entry is evidence of: the chosen ones as removable chips, one-click
// suggestions worked out from the kind and the words written so far, and the full list
// one click away. A new entry arrives with the best suggestions already chosen.
import { useId, useState } from 'react'
import { COMPETENCIES, COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { CompetencyId } from '../../../../shared/entry'
import { RequiredMark } from './fields'

interface Props {
  value: string[]
  suggestions: CompetencyId[]
  /** True while the editor chooses for the user; the hint then says so. */
  auto: boolean
  error?: string
  onChange(value: string[]): void
}

const nameOf = (id: string) => COMPETENCY_BY_ID[id as CompetencyId]?.name ?? id

export function CompetencyPicker({ value, suggestions, auto, error, onChange }: Props) {
  const uid = useId()
  const [listOpen, setListOpen] = useState(false)
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id])
  const open = suggestions.filter((id) => !value.includes(id))
  // With nothing chosen there is nothing to remove: the list is the way forward.
  const showList = listOpen || value.length === 0
  return (
    <fieldset
      className="fieldset competencies"
      aria-describedby={error ? `${uid}-error ${uid}-hint` : `${uid}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        Competencies <RequiredMark />
      </legend>
      <p className="hint" id={`${uid}-hint`}>
        {/* The legend's mark is for the eye; this is the same said to a screen reader. */}
        <span className="visually-hidden">Required. </span>
        {auto && value.length > 0
          ? 'Chosen from your words as you type; change them any time.'
          : 'What is this evidence of? The one or two that fit best; more dilutes it.'}
      </p>
      <div className="chip-row">
        {value.length > 0 && (
          <ul className="chips" aria-label="Chosen competencies">
            {value.map((id) => (
              <li key={id} className="chip chosen">
                <span>{nameOf(id)}</span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${nameOf(id)}`}
                  title={`Remove ${nameOf(id)}`}
                  onClick={() => toggle(id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {open.length > 0 && (
          <div className="suggestions" role="group" aria-label="Suggested competencies">
            <span className="hint">Suggested:</span>
            {open.map((id) => (
              <button key={id} type="button" className="chip" onClick={() => toggle(id)}>
                + {nameOf(id)}
              </button>
            ))}
          </div>
        )}
        {value.length > 0 && (
          <button
            type="button"
            className="link list-toggle"
            aria-expanded={showList}
            aria-controls={showList ? `${uid}-list` : undefined}
            onClick={() => setListOpen(!showList)}
          >
            All competencies
          </button>
        )}
      </div>
      {showList && (
        <div className="competency-grid" id={`${uid}-list`}>
          {COMPETENCIES.map((c) => (
            <label key={c.id} className="check" title={c.evidence}>
              <input
                type="checkbox"
                checked={value.includes(c.id)}
                onChange={() => {
                  // The list stays while in use, even once something is chosen.
                  setListOpen(true)
                  toggle(c.id)
                }}
              />
              <span>{c.name}</span>
            </label>
          ))}
        </div>
      )}
      {error && (
        <p className="error" id={`${uid}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
