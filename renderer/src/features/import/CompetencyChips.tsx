// An entry's competencies in the preview: each one a chip that removes it, and a select
// that adds another. At least one stays, as the entry schema requires.
import { COMPETENCIES, type CompetencyId } from '../../../../shared/entry'

const NAMES = new Map(COMPETENCIES.map((c) => [c.id, c.name]))

interface Props {
  value: CompetencyId[]
  /** Names the entry in the controls' labels ("entry 3"). */
  owner: string
  onChange(value: CompetencyId[]): void
}

export function CompetencyChips({ value, owner, onChange }: Props) {
  const missing = COMPETENCIES.filter((c) => !value.includes(c.id))
  return (
    <div className="import-chips" role="group" aria-label={`Competencies of ${owner}`}>
      {value.map((id) => (
        <button
          key={id}
          type="button"
          className="import-chip"
          disabled={value.length === 1}
          aria-label={`Remove ${NAMES.get(id)} from ${owner}`}
          title={value.length === 1 ? 'An entry needs at least one competency' : 'Remove'}
          onClick={() => onChange(value.filter((v) => v !== id))}
        >
          {NAMES.get(id)} <span aria-hidden="true">×</span>
        </button>
      ))}
      {missing.length > 0 && (
        <select
          aria-label={`Add a competency to ${owner}`}
          value=""
          onChange={(e) => e.target.value && onChange([...value, e.target.value as CompetencyId])}
        >
          <option value="">+ Add…</option>
          {missing.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </div>
  )
}
