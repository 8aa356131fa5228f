// "Your words": the opening summary, what the user needs and their goals for next
// quarter, written per period and printed in every format of the review. Saved as the
// user types (useOwnWords); leaving the panel saves at once.
import { MAX_NARRATIVE_TEXT } from '../../../../shared/entry'
import { GoalsList } from './GoalsList'
import type { OwnWords, OwnWordsState } from './useOwnWords'

interface Props {
  /** The period the words are for, e.g. "2026 Q4"; null while no valid period is chosen. */
  label: string | null
  own: OwnWordsState
}

const TEXTS = [
  {
    field: 'summary',
    label: 'Opening summary',
    rows: 4,
    placeholder: 'The quarter in two or three sentences: what you delivered and what it changed.',
  },
  {
    field: 'asks',
    label: 'What I need',
    rows: 3,
    placeholder: 'Decisions, support or resources that would help next quarter.',
  },
] as const

function isBlank(words: OwnWords): boolean {
  return !words.summary.trim() && !words.asks.trim() && !words.goals.some((g) => g.trim())
}

export function OwnWordsPanel({ label, own }: Props) {
  const { draft, update, flush, status } = own
  const set = (patch: Partial<OwnWords>) => update({ ...draft, ...patch })

  return (
    <section className="card review-words" aria-labelledby="review-words-title">
      <h2 id="review-words-title">Your words</h2>
      {label === null ? (
        <p className="hint">Choose a valid period to write for it.</p>
      ) : !own.ready ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : (
        // Leaving any field of the panel saves at once, before a click lands elsewhere.
        <div onBlur={flush}>
          <p className="hint">
            {isBlank(draft)
              ? `Nothing written for ${label} yet. A few sentences of your own make this review yours: what the quarter meant, what you need, where you are going.`
              : `For ${label}. The review opens with your summary and ends with your asks and goals, in every format.`}
          </p>
          {TEXTS.map(({ field, label: fieldLabel, rows, placeholder }) => (
            <div className="field" key={field}>
              <label htmlFor={`review-${field}`}>{fieldLabel}</label>
              <textarea
                id={`review-${field}`}
                rows={rows}
                maxLength={MAX_NARRATIVE_TEXT}
                value={draft[field]}
                placeholder={placeholder}
                onChange={(e) => set({ [field]: e.target.value })}
              />
            </div>
          ))}
          <GoalsList goals={draft.goals} onChange={(goals) => set({ goals })} />
        </div>
      )}
      <p
        className={
          status.state === 'failed' ? 'error review-words-status' : 'hint review-words-status'
        }
        role="status"
        aria-live="polite"
      >
        {status.state === 'saved' ? 'Saved' : status.state === 'failed' ? status.message : ''}
      </p>
    </section>
  )
}
