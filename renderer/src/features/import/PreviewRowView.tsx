// One entry of the preview: include it or not, and correct its date, title, kind and
// competencies; where it came from, and why it may already be in the journal.
import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../../../shared/entry'
import { formatMetric } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { CompetencyChips } from './CompetencyChips'
import type { PreviewRow, RowEdit } from './previewRows'

interface Props {
  row: PreviewRow
  /** 1-based, as the labels say it ("entry 3"). */
  number: number
  today: string
  onEdit(edit: RowEdit): void
}

export function PreviewRowView({ row, number, today, onEdit }: Props) {
  const locale = useLocale()
  const { entry } = row
  const owner = `entry ${number}`
  const source = entry.source
  return (
    <li className={`import-row${row.include ? '' : ' import-row-out'}`}>
      <label className="import-include">
        <input
          type="checkbox"
          checked={row.include}
          onChange={(e) => onEdit({ include: e.target.checked })}
        />
        <span className="visually-hidden">Import {owner}</span>
        <span aria-hidden="true" className="import-number">
          {number}
        </span>
      </label>
      <div className="import-fields">
        <input
          className="import-title"
          aria-label={`Title of ${owner}`}
          value={entry.title}
          maxLength={300}
          onChange={(e) => onEdit({ title: e.target.value })}
        />
        <div className="row">
          <input
            type="date"
            aria-label={`Date of ${owner}`}
            value={entry.occurredOn}
            max={today}
            onChange={(e) => onEdit({ occurredOn: e.target.value })}
          />
          <select
            aria-label={`Kind of ${owner}`}
            value={entry.kind}
            onChange={(e) => onEdit({ kind: e.target.value as EntryKind })}
          >
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <CompetencyChips
            value={entry.competencies}
            owner={owner}
            onChange={(competencies) => onEdit({ competencies })}
          />
        </div>
        <p className="hint import-source">
          {source && `${source.file}, ${source.where ?? ''}`}
          {entry.metric && ` · measured: ${formatMetric(entry.metric, locale)}`}
          {row.duplicate && (
            <span className="badge import-duplicate">Duplicate: {row.duplicate}</span>
          )}
        </p>
        {row.problem && (
          <p className="import-problem" role="alert">
            {row.problem}
          </p>
        )}
      </div>
    </li>
  )
}
