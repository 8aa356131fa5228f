// No evidence in the period: say so, and offer the way to some.
import { useNavigation } from '../../app/navigation'

export function CaseEmpty({ custom }: { custom: boolean }) {
  const startNewEntry = useNavigation((s) => s.startNewEntry)
  return (
    <div className="card promotion-empty" role="status">
      <h2>No evidence in this period yet</h2>
      <p>
        A promotion case is built from your journal: the leadership moments, stakeholder wins and
        difficult conversations dated in the period.{' '}
        {custom
          ? 'Nothing is logged between these dates; choose a longer period or log what you did.'
          : 'Nothing is logged in the last 12 months; log what you did, back-dated where it happened earlier.'}
      </p>
      <button type="button" className="primary" onClick={() => startNewEntry()}>
        Log an entry
      </button>
    </div>
  )
}
