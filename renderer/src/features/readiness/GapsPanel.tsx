// The biggest gaps for the role and what to do about them, each one a step away from
// a new entry pre-set to that competency.
import { COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { ReadinessReport } from '../../../../shared/readiness'
import { useNavigation } from '../../app/navigation'
import { useLocale } from '../../app/localeSlice'
import { points, wholeScore } from './format'

export function GapsPanel({ report }: { report: ReadinessReport }) {
  const locale = useLocale()
  const startNewEntry = useNavigation((s) => s.startNewEntry)
  const byId = new Map(report.competencies.map((c) => [c.id, c]))
  return (
    <section className="card gaps" aria-labelledby="gaps-title">
      <h2 id="gaps-title" className="card-title">
        Biggest gaps and next steps
      </h2>
      <p className="hint">
        Ranked by weight × (100 − score): where new evidence would lift your overall score most.
      </p>
      <ol className="gap-list">
        {report.gaps.map((gap) => {
          const c = byId.get(gap.id)!
          const name = COMPETENCY_BY_ID[gap.id].name
          return (
            <li key={gap.id} className="gap">
              <h3>
                {name}{' '}
                <span className="hint">
                  score {wholeScore(c.score, locale)}, up to {points(gap.priority, locale)} points
                  available
                </span>
              </h3>
              <ul>
                {gap.suggestions.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
              <button type="button" onClick={() => startNewEntry({ competency: gap.id })}>
                Log a {name.toLowerCase()} entry
              </button>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
