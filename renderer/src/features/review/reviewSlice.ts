// UI state of the Review view (which period, which sections, share-safe, figures), kept in a
// slice so it survives switching views. No stored data lives here.
import { create } from 'zustand'
import { DEFAULT_SECTIONS, type ReviewSectionId } from '../../../../shared/review'

export type PeriodMode = 'calendar' | 'fiscal' | 'custom'

interface ReviewUiState {
  mode: PeriodMode
  /** First day of the chosen quarter; null means "the current quarter". */
  quarterFrom: string | null
  /** Custom range as typed; '' until the user picks a custom range. */
  customFrom: string
  customTo: string
  shareSafe: boolean
  /** Print readiness scores, bands and weights; off by default (the document is the user's). */
  showScores: boolean
  sections: ReviewSectionId[]
  setMode(mode: PeriodMode): void
  setQuarter(from: string): void
  setCustom(range: { from?: string; to?: string }): void
  setShareSafe(on: boolean): void
  setShowScores(on: boolean): void
  toggleSection(id: ReviewSectionId, on: boolean): void
}

export const useReviewUi = create<ReviewUiState>((set) => ({
  mode: 'calendar',
  quarterFrom: null,
  customFrom: '',
  customTo: '',
  shareSafe: true,
  showScores: false,
  sections: [...DEFAULT_SECTIONS],
  // A quarter picked in one mode means nothing in the other, so it resets to "current".
  setMode: (mode) => set({ mode, quarterFrom: null }),
  setQuarter: (from) => set({ quarterFrom: from }),
  setCustom: (range) =>
    set((s) => ({ customFrom: range.from ?? s.customFrom, customTo: range.to ?? s.customTo })),
  setShareSafe: (shareSafe) => set({ shareSafe }),
  setShowScores: (showScores) => set({ showScores }),
  toggleSection: (id, on) =>
    set((s) => ({
      sections: on ? [...new Set([...s.sections, id])] : s.sections.filter((x) => x !== id),
    })),
}))
