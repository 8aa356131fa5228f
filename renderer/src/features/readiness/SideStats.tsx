// The signals kept beside the score (not inside it): cadence, leader ratio, follow-ups.
import type { DifficultConversation } from '../../../../shared/entry'
import type { ReadinessReport } from '../../../../shared/readiness'
import { useNavigation } from '../../app/navigation'
import { useLocale } from '../../app/localeSlice'
import { percent, shortDate } from './format'

export function CadenceStrip({ cadence }: { cadence: ReadinessReport['cadence'] }) {
  const locale = useLocale()
  return (
    <section className="card stat-card" aria-labelledby="cadence-title">
      <h2 id="cadence-title" className="card-title">
        Logging cadence
      </h2>
      <p className="stat-number">
        {cadence.activeWeeks} of {cadence.weeks} weeks
      </p>
      <ol className="cadence-strip" aria-label="Entries per week, oldest first">
        {cadence.byWeek.map((week) => (
          <li
            key={week.start}
            className={week.entries > 0 ? 'active' : undefined}
            title={`${shortDate(week.start, locale)} – ${shortDate(week.end, locale)}: ${week.entries}`}
          >
            <span className="visually-hidden">
              Week {shortDate(week.start, locale)} to {shortDate(week.end, locale)}: {week.entries}{' '}
              {week.entries === 1 ? 'entry' : 'entries'}
            </span>
          </li>
        ))}
      </ol>
      <p className="hint">Weeks with at least one entry in the last 13. Little and often wins.</p>
    </section>
  )
}

export function LeaderRatio({ report }: { report: ReadinessReport }) {
  const locale = useLocale()
  const { leader, manager } = report.leaderMoments
  return (
    <section className="card stat-card" aria-labelledby="ratio-title">
      <h2 id="ratio-title" className="card-title">
        Leader vs manager
      </h2>
      {report.leaderRatio === null ? (
        <p className="stat-number muted">No leadership moments yet</p>
      ) : (
        <>
          <p className="stat-number">{percent(report.leaderRatio, locale)} as a leader</p>
          <div className="ratio-bar" role="img" aria-label={`${leader} leader, ${manager} manager`}>
            <span style={{ width: `${report.leaderRatio * 100}%` }} />
          </div>
          <p className="hint">
            {leader} leader · {manager} manager
          </p>
        </>
      )}
      <p className="hint">
        Of your leadership moments, the share where you set direction, developed someone or fixed a
        root cause rather than coordinated or reported.
      </p>
    </section>
  )
}

const LISTED_FOLLOW_UPS = 3

/** Due follow-ups, oldest date first, each a link into the journal. */
export function FollowUps({ due }: { due: DifficultConversation[] }) {
  const locale = useLocale()
  const openEntry = useNavigation((s) => s.openEntry)
  const listed = due.slice(0, LISTED_FOLLOW_UPS)
  return (
    <section className="card stat-card" aria-labelledby="followups-title">
      <h2 id="followups-title" className="card-title">
        Follow-ups due
      </h2>
      <p className={`stat-number${due.length > 0 ? ' due' : ''}`}>{due.length}</p>
      {due.length === 0 ? (
        <p className="hint">No difficult conversation is waiting for a follow-up.</p>
      ) : (
        <>
          <ul className="followup-list">
            {listed.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="link" onClick={() => openEntry(entry.id)}>
                  {entry.title}
                </button>{' '}
                <span className="hint">due {shortDate(entry.followUpOn!, locale)}</span>
              </li>
            ))}
          </ul>
          {due.length > listed.length && (
            <p className="hint">and {due.length - listed.length} more in the journal.</p>
          )}
        </>
      )}
    </section>
  )
}
