// The promotion view's own UI state: which role and period the case is for, and whether
// it is share-safe. No stored data: the journal, the settings and the user's words come
// from data/.
import { create } from 'zustand'
import type { RoleId } from '../../../../shared/entry'

export type CasePeriodMode = 'year' | 'custom'

interface PromotionUiState {
  /** The role picked here; null follows the target role in Settings. */
  role: RoleId | null
  mode: CasePeriodMode
  /** The custom range as typed (YYYY-MM-DD, or '' before it is typed). */
  from: string
  to: string
  /** On by default: a case is made to be handed over. */
  shareSafe: boolean
  setRole(role: RoleId): void
  setMode(mode: CasePeriodMode): void
  setRange(range: { from?: string; to?: string }): void
  setShareSafe(shareSafe: boolean): void
}

export const usePromotionUi = create<PromotionUiState>((set) => ({
  role: null,
  mode: 'year',
  from: '',
  to: '',
  shareSafe: true,
  setRole: (role) => set({ role }),
  setMode: (mode) => set({ mode }),
  setRange: (range) => set(range),
  setShareSafe: (shareSafe) => set({ shareSafe }),
}))
