// The case on screen: built from the journal, the settings, the user's words and bullet
// edits, and the picker. Rebuilt from deferred inputs, so typing a date or a word stays
// instant with a long journal; the preview and exports follow a moment later, and an
// export never runs on a case that no longer matches the controls.
import { useDeferredValue, useMemo } from 'react'
import {
  buildPromotionCase,
  renderPromotionCaseHtml,
  type PromotionCase,
} from '../../../../shared/promotion'
import { useAllEntries } from '../../data/useEntries'
import { usePromotionUi } from './promotionSlice'
import { useCaseEdits } from './useCaseEdits'
import type { CaseRole } from './useCaseRole'
import type { CasePeriodChoice } from './useCasePeriod'
import type { CaseWords } from './useCaseWords'

export type BuiltCase =
  | { state: 'loading' }
  | { state: 'invalid' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; promotionCase: PromotionCase; html: string }

export interface CaseOnScreen {
  built: BuiltCase
  /** The case the export buttons may save: current with the controls, or null. */
  exportable: PromotionCase | null
}

export function usePromotionCase(
  today: string,
  role: CaseRole | null,
  period: CasePeriodChoice,
  /** The user's saved words; null while they are read. */
  words: CaseWords | null,
): CaseOnScreen {
  // Every entry, the trash included: the case leaves deleted ones out itself, but their
  // people's names still feed the share-safe redactor.
  const entries = useAllEntries()
  const edits = useCaseEdits()
  const shareSafe = usePromotionUi((s) => s.shareSafe)

  const inputs = useMemo(() => ({ period, shareSafe, words }), [period, shareSafe, words])
  const deferred = useDeferredValue(inputs)

  const built = useMemo((): BuiltCase => {
    // Waiting for the user's words spares a flash of the written draft before them.
    if (!entries || !edits || !role || !deferred.words) return { state: 'loading' }
    const { period: p, shareSafe: safe, words: w } = deferred
    if (!p.ok) return { state: 'invalid' }
    try {
      const promotionCase = buildPromotionCase(entries, {
        asOf: today,
        // A role the user did not choose weighs the case but is not printed as theirs.
        role: role.chosen ? role.role : null,
        weights: role.weights,
        from: p.from,
        to: p.to,
        shareSafe: safe,
        bulletEdits: edits,
        narrative: { summary: w.summary, plan: w.plan },
      })
      return { state: 'ready', promotionCase, html: renderPromotionCaseHtml(promotionCase) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { state: 'failed', message: `The case could not be built: ${message}` }
    }
  }, [entries, edits, role, deferred, today])

  const current = deferred === inputs && period.ok
  return {
    built,
    exportable: current && built.state === 'ready' ? built.promotionCase : null,
  }
}
