// Which view is on screen, and cross-feature requests such as "open this entry" or
// "start a new entry for this competency". UI state only: no stored data here.
import { create } from 'zustand'
import type { CompetencyId, EntryKind } from '../../../shared/entry'

// New views go last so the Ctrl/Cmd+digit shortcuts people have learnt keep their views.
export const VIEWS = [
  'journal',
  'readiness',
  'bullets',
  'review',
  'promotion',
  'settings',
  'ledger',
] as const
export type View = (typeof VIEWS)[number]

export const VIEW_LABELS: Record<View, string> = {
  journal: 'Journal',
  readiness: 'Readiness',
  bullets: 'Bullets',
  review: 'Review',
  promotion: 'Promotion case',
  settings: 'Settings',
  ledger: 'Certifications',
}

export interface NewEntryRequest {
  kind?: EntryKind
  competency?: CompetencyId
}

interface NavigationState {
  view: View
  /** The entry the journal should show, set by any view that links to an entry. */
  openEntryId: string | null
  /** A pending "new entry" request the journal's editor picks up. */
  newEntry: NewEntryRequest | null
  /**
   * Bumped by each "focus the search" request ("/", the command palette). A counter, not a
   * flag, so asking twice focuses twice; the journal focuses its search box when it changes.
   */
  searchFocus: number
  go(view: View): void
  openEntry(id: string): void
  startNewEntry(request?: NewEntryRequest): void
  /** Opens the journal and asks it to focus its search box. */
  focusSearch(): void
  clearRequests(): void
}

export const useNavigation = create<NavigationState>((set) => ({
  view: 'journal',
  openEntryId: null,
  newEntry: null,
  searchFocus: 0,
  go: (view) => set({ view }),
  openEntry: (id) => set({ view: 'journal', openEntryId: id, newEntry: null }),
  startNewEntry: (request = {}) => set({ view: 'journal', newEntry: request, openEntryId: null }),
  focusSearch: () => set((s) => ({ view: 'journal', searchFocus: s.searchFocus + 1 })),
  clearRequests: () => set({ openEntryId: null, newEntry: null }),
}))
