// Everyone else involved: a short list of people with their level, which tells the
// readiness score how senior the audience was.
import type { PersonRow } from '../../data/drafts'
import { PersonInputs } from './PersonInputs'

export function PeopleField({
  value,
  onChange,
}: {
  value: PersonRow[]
  onChange(v: PersonRow[]): void
}) {
  const set = (i: number, row: PersonRow) => onChange(value.map((p, j) => (j === i ? row : p)))
  return (
    <fieldset className="fieldset">
      <legend>People involved</legend>
      <p className="hint">
        Who else was there or benefited? Their level shows how senior your audience was. Shared
        documents describe them instead of naming them; Settings › People sets that once for
        everyone.
      </p>
      {value.map((person, i) => (
        <div className="person-row" key={i}>
          <PersonInputs
            who={`Person ${i + 1}`}
            value={person}
            onChange={(row) => set(i, row)}
            compact
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove person ${i + 1}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...value, { name: '', role: '', level: 'team', describeAs: '' }])}
      >
        Add person
      </button>
    </fieldset>
  )
}
