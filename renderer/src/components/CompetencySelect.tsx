// A competency filter: every competency of the framework, or all of them ('').
import { COMPETENCIES, type CompetencyId } from '../../../shared/entry'

export function CompetencySelect({
  id,
  value,
  onChange,
}: {
  id?: string
  value: CompetencyId | ''
  onChange(value: CompetencyId | ''): void
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as CompetencyId | '')}>
      <option value="">All competencies</option>
      {COMPETENCIES.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  )
}
