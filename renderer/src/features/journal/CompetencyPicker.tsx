// The competencies an entry is evidence of, with one-click suggestions worked out from
// the kind and the words written so far.
import { useId } from 'react'
import { COMPETENCIES, COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { CompetencyId } from '../../../../shared/entry'

interface Props {
  value: string[]
  suggestions: CompetencyId[]
  error?: string
  onChange(value: string[]): void
}

export function CompetencyPicker({ value, suggestions, error, onChange }: Props) {
  const uid = useId()
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id])
  const open = suggestions.filter((id) => !value.includes(id))
  return (
    <fieldset
      className="fieldset"
      aria-describedby={error ? `${uid}-error ${uid}-hint` : `${uid}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend>Competencies</legend>
      <p className="hint" id={`${uid}-hint`}>
        What is this evidence of? Pick the one or two that fit best; more dilutes it.
      </p>
      {open.length > 0 && (
        <div className="suggestions" role="group" aria-label="Suggested competencies">
          <span className="hint">Suggested:</span>
          {open.map((id) => (
            <button key={id} type="button" className="chip" onClick={() => toggle(id)}>
              + {COMPETENCY_BY_ID[id].name}
            </button>
          ))}
        </div>
      )}
      <div className="competency-grid">
        {COMPETENCIES.map((c) => (
          <label key={c.id} className="check" title={c.evidence}>
            <input type="checkbox" checked={value.includes(c.id)} onChange={() => toggle(c.id)} />
            <span>{c.name}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="error" id={`${uid}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
