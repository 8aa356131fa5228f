// The entries behind one competency's score, newest first, with how much each adds
// and why (seniority, result, age, sharing), so the score can be explained line by line.
import { KIND_LABELS, LEVEL_LABELS, type Entry } from '../../../../shared/entry'
import { COMPETENCY_BY_ID } from '../../../../shared/entry'
import type { CompetencyResult } from '../../../../shared/readiness'
import { entryValue, HALF_WAY_POINTS, type EntryValue } from '../../../../shared/readiness'
import { formatNumber } from '../../../../shared/format'
import { useNavigation } from '../../app/navigation'
import { useLocale } from '../../app/localeSlice'
import { factor, points, shortDate, wholeScore } from './format'

interface Props {
  competency: CompetencyResult
  entriesById: ReadonlyMap<string, Entry>
  asOf: string
}

function why(v: EntryValue, locale: string): string {
  const parts: string[] = []
  if (v.base !== 1) parts.push(`manager mode ${factor(v.base, locale)}`)
  parts.push(
    `${LEVEL_LABELS[v.level].replace(/ \(.*\)$/, '').toLowerCase()} ${factor(v.seniority, locale)}`,
  )
  if (v.impact !== 1) parts.push(`measurable result ${factor(v.impact, locale)}`)
  parts.push(`${formatNumber(v.ageDays, locale)} days old ${factor(v.decay, locale)}`)
  if (v.competencies.length > 1) parts.push(`shared by ${v.competencies.length} competencies`)
  return parts.join(' · ')
}

export function EvidencePanel({ competency, entriesById, asOf }: Props) {
  const locale = useLocale()
  const openEntry = useNavigation((s) => s.openEntry)
  const name = COMPETENCY_BY_ID[competency.id].name
  return (
    <section
      id="evidence-panel"
      className="card evidence-panel"
      aria-labelledby="evidence-title"
      aria-live="polite"
    >
      <h2 id="evidence-title" className="card-title">
        {name}: {wholeScore(competency.score, locale)} / 100 from {competency.evidence.length}{' '}
        {competency.evidence.length === 1 ? 'entry' : 'entries'}
      </h2>
      <p className="hint">
        Evidence points {points(competency.points, locale)}; score = 100 × points ÷ (points +{' '}
        {HALF_WAY_POINTS}). Each entry is worth 1 point, times the most senior person involved,
        times 1.5 with a measurable result, halved every 180 days, and shared equally among the
        competencies it is tagged with.
      </p>
      {competency.evidence.length === 0 ? (
        <p>No entries yet. {COMPETENCY_BY_ID[competency.id].evidence}</p>
      ) : (
        <ol className="evidence-list">
          {competency.evidence.map((e) => {
            const entry = entriesById.get(e.entryId)
            if (!entry) return null
            return (
              <li key={e.entryId}>
                <div className="evidence-main">
                  <button type="button" className="link" onClick={() => openEntry(e.entryId)}>
                    {entry.title}
                  </button>
                  <span className="hint">
                    {' '}
                    {shortDate(e.occurredOn, locale)} · {KIND_LABELS[entry.kind]}
                  </span>
                  <div className="hint">
                    {points(e.points, locale)} points: {why(entryValue(entry, asOf), locale)}
                  </div>
                </div>
                <span className="evidence-contribution">+{points(e.contribution, locale)}</span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
