// "Your words": the case in the user's own words and their plan, kept per target role
// and printed in every format. Saved as the user types (useCaseWords); leaving the
// panel saves at once.
import { MAX_NARRATIVE_TEXT } from '../../../../shared/entry'
import { PlanList } from './PlanList'
import type { CaseWords, CaseWordsState } from './useCaseWords'

interface Props {
  /** Null when the user has chosen no role: the case is then for promotion, not a role. */
  roleName: string | null
  words: CaseWordsState
}

export function CaseWordsPanel({ roleName, words }: Props) {
  const { draft, update, flush, status } = words
  const set = (patch: Partial<CaseWords>) => update({ ...draft, ...patch })

  return (
    <section className="card promotion-words" aria-labelledby="promotion-words-title">
      <h2 id="promotion-words-title">Your words</h2>
      {!words.ready ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : (
        // Leaving any field of the panel saves at once, before a click lands elsewhere.
        <div onBlur={flush}>
          <p className="hint">
            {roleName ? `For your ${roleName} case.` : 'For your case.'} Leave them empty and the
            case is written from your journal; what you write here replaces that draft and is kept
            when the case is made again.
          </p>
          <div className="field">
            <label htmlFor="promotion-summary">The case in your words</label>
            <textarea
              id="promotion-summary"
              rows={5}
              maxLength={MAX_NARRATIVE_TEXT}
              value={draft.summary}
              placeholder="One paragraph: why you are ready for this role, in plain words and with your strongest results."
              onChange={(e) => set({ summary: e.target.value })}
            />
          </div>
          <PlanList steps={draft.plan} onChange={(plan) => set({ plan })} />
        </div>
      )}
      <p
        className={
          status.state === 'failed' ? 'error promotion-words-status' : 'hint promotion-words-status'
        }
        role="status"
        aria-live="polite"
      >
        {status.state === 'saved' ? 'Saved' : status.state === 'failed' ? status.message : ''}
      </p>
    </section>
  )
}
