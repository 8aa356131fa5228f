// The journal's UI state: what the right pane shows, filters, search text and the
// "discard changes?" guard. Stored entries never live here (Dexie owns them); the toast
// is app-wide (app/toastSlice.ts).
import { create } from 'zustand'
import type { EntryForm } from '../../data/drafts'
import { NO_FILTERS, type JournalFilters } from './timelineModel'

export type Pane =
  | { type: 'none' }
  | { type: 'view'; id: string }
  /** `session` remounts the editor so a new start never inherits old field state. */
  | { type: 'edit'; session: number; initial: EntryForm; restored: boolean }

interface JournalUiState {
  pane: Pane
  filters: JournalFilters
  query: string
  showTrash: boolean
  /** True while the editor holds changes that are not saved as an entry. */
  dirty: boolean
  /** An action waiting for the user to confirm discarding unsaved changes. */
  pendingLeave: (() => void) | null
  /** Whether the editor's "Details" start open: the user's last choice. */
  detailsOpen: boolean
  /** The last search focus request (navigation's counter) the journal answered. */
  searchFocusSeen: number
  view(id: string): void
  edit(initial: EntryForm, restored?: boolean): void
  close(): void
  setFilters(patch: Partial<JournalFilters>): void
  clearFilters(): void
  setQuery(query: string): void
  setShowTrash(show: boolean): void
  setDirty(dirty: boolean): void
  /** Runs `action` now, or after the user agrees to drop unsaved editor changes. */
  guard(action: () => void): void
  resolveLeave(confirmed: boolean): void
  setDetailsOpen(open: boolean): void
  setSearchFocusSeen(request: number): void
}

let sessions = 0

/**
 * What the journal's UI holds of the user's words (the open form, the search, the person
 * and tag filters), dropped when the journal locks: only the lock screen may remain.
 */
export function forgetJournalUi(): void {
  useJournalUi.setState({
    pane: { type: 'none' },
    filters: NO_FILTERS,
    query: '',
    showTrash: false,
    dirty: false,
    pendingLeave: null,
  })
}

export const useJournalUi = create<JournalUiState>((set, get) => ({
  pane: { type: 'none' },
  filters: NO_FILTERS,
  query: '',
  showTrash: false,
  dirty: false,
  pendingLeave: null,
  detailsOpen: false,
  searchFocusSeen: 0,
  view: (id) => set({ pane: { type: 'view', id }, dirty: false, showTrash: false }),
  edit: (initial, restored = false) =>
    set({
      pane: { type: 'edit', session: ++sessions, initial, restored },
      // A restored draft is unsaved work from the start: leaving it must ask.
      dirty: restored,
      showTrash: false,
    }),
  close: () => set({ pane: { type: 'none' }, dirty: false }),
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
  setQuery: (query) => set({ query }),
  setShowTrash: (showTrash) => set({ showTrash }),
  setDirty: (dirty) => set({ dirty }),
  guard: (action) => {
    if (get().pane.type === 'edit' && get().dirty) set({ pendingLeave: action })
    else action()
  },
  resolveLeave: (confirmed) => {
    const action = get().pendingLeave
    set({ pendingLeave: null })
    if (confirmed && action) action()
  },
  setDetailsOpen: (detailsOpen) => set({ detailsOpen }),
  setSearchFocusSeen: (searchFocusSeen) => set({ searchFocusSeen }),
}))
