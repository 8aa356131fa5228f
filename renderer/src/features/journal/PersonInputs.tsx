// Name, role and level for one person (a counterpart, a stakeholder or anyone involved),
// and how share-safe documents describe them.
import { useId } from 'react'
import { describePerson, LEVEL_LABELS, LEVELS, type Level } from '../../../../shared/entry'
import type { PersonRow } from '../../data/drafts'

interface Props {
  /** Prefix for the labels, e.g. "Counterpart" gives "Counterpart name". */
  who: string
  value: PersonRow
  onChange(value: PersonRow): void
  /** Shorter labels for rows in a list; the full label stays available to screen readers. */
  compact?: boolean
}

export function PersonInputs({ who, value, onChange, compact = false }: Props) {
  const label = (part: string) => `${who} ${part}`
  return (
    <div className={`person-inputs${compact ? ' compact' : ''}`}>
      <label className="field">
        <span className={compact ? 'visually-hidden' : undefined}>{label('name')}</span>
        <input
          type="text"
          value={value.name}
          placeholder="Name (optional)"
          onChange={(e) => onChange({ ...value, name: e.target.value })}
        />
      </label>
      <label className="field">
        <span className={compact ? 'visually-hidden' : undefined}>{label('role')}</span>
        <input
          type="text"
          value={value.role}
          placeholder="Role, e.g. VP Finance"
          onChange={(e) => onChange({ ...value, role: e.target.value })}
        />
      </label>
      <label className="field">
        <span className={compact ? 'visually-hidden' : undefined}>{label('level')}</span>
        <select
          value={value.level}
          onChange={(e) => onChange({ ...value, level: e.target.value as Level })}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
      <DescribeAsInput who={who} value={value} onChange={onChange} compact={compact} />
    </div>
  )
}

/**
 * The user's own wording for share-safe documents. The placeholder is what exports say
 * without it, worked out from the role and level as they are typed.
 */
function DescribeAsInput({ who, value, onChange, compact = false }: Props) {
  const hintId = useId()
  const role = value.role.trim()
  const fallback = describePerson({ name: '', level: value.level, ...(role ? { role } : {}) })
  const name = `${who} describe as (share-safe)`
  return (
    <div className="describe-as">
      <label className="field">
        {compact ? (
          <>
            <span className="visually-hidden">{name}</span>
            <span aria-hidden="true">Describe as (share-safe)</span>
          </>
        ) : (
          <span>{name}</span>
        )}
        <input
          type="text"
          value={value.describeAs ?? ''}
          placeholder={fallback}
          aria-describedby={hintId}
          onChange={(e) => onChange({ ...value, describeAs: e.target.value })}
        />
      </label>
      <span id={hintId} className="visually-hidden">
        Shared documents call them this instead of their name. Leave empty for “{fallback}”.
      </span>
    </div>
  )
}
