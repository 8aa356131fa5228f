// The numbers behind the radar, and the way into each competency's evidence:
// weight × score per row, adding up to the overall score in the last row.
import type { CompetencyId } from '../../../../shared/entry'
import { COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { ReadinessReport } from '../../../../shared/readiness'
import { useLocale } from '../../app/localeSlice'
import { percent, points, wholeScore } from './format'

interface Props {
  report: ReadinessReport
  selected: CompetencyId | null
  onSelect(id: CompetencyId | null): void
}

export function CompetencyTable({ report, selected, onSelect }: Props) {
  const locale = useLocale()
  return (
    <table className="competency-table">
      <caption>
        Competencies <span className="hint">(choose one to see the entries behind it)</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Competency</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col" className="num">
            Weight
          </th>
          <th scope="col" className="num">
            Adds
          </th>
        </tr>
      </thead>
      <tbody>
        {report.competencies.map((c) => {
          const isSelected = selected === c.id
          return (
            <tr key={c.id} className={isSelected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="competency-button"
                  aria-pressed={isSelected}
                  // The panel exists only while a competency is selected; pointing at
                  // a missing id is an ARIA error.
                  aria-controls={selected ? 'evidence-panel' : undefined}
                  onClick={() => onSelect(isSelected ? null : c.id)}
                >
                  {COMPETENCY_BY_ID[c.id].name}
                </button>
                <span className="hint">
                  {' '}
                  · {c.evidence.length} {c.evidence.length === 1 ? 'entry' : 'entries'}
                </span>
              </th>
              <td className="num">
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${c.score}%` }} />
                </span>
                {wholeScore(c.score, locale)}
              </td>
              <td className="num">{percent(c.weight, locale)}</td>
              <td className="num">{points(c.weight * c.score, locale)}</td>
            </tr>
          )
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            Overall: the sum of “Adds”
            <span className="hint"> (shown above as {wholeScore(report.score, locale)})</span>
          </th>
          <td />
          <td className="num">100 %</td>
          <td className="num">{points(report.score, locale)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
