// The import's UI state: which step is on screen, the preview's rows (entries not yet in
// the journal, so not stored data), and what the last import or undo did. The imports
// themselves are read from the entries (importHistory.ts), not kept here.
import { create } from 'zustand'
import type { ImportResult, Skipped } from '../../../../shared/import'
import type { PreviewRow } from './previewRows'

export interface Progress {
  done: number
  total: number
}

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; names: string; progress: Progress | null }
  | {
      step: 'preview'
      names: string
      importId: string
      result: ImportResult
      rows: PreviewRow[]
      /** Files refused before reading (too large) and lines not read, together. */
      skipped: Skipped[]
    }
  | { step: 'writing'; names: string; progress: Progress }
  | { step: 'failed'; names: string; message: string }

interface ImportUi {
  flow: ImportStep
  /** What the last import or undo did, in words; shown (and focused) under the button. */
  notice: string | null
  /** An undo is running: its buttons wait. */
  undoing: boolean
  /** Set by "Import…" in the command palette; the section focuses its button, then clears it. */
  focusPending: boolean
  requestFocus(): void
  focusDone(): void
}

export const useImportUi = create<ImportUi>((set) => ({
  flow: { step: 'idle' },
  notice: null,
  undoing: false,
  focusPending: false,
  requestFocus: () => set({ focusPending: true }),
  focusDone: () => set({ focusPending: false }),
}))

export const setFlow = (flow: ImportStep) => useImportUi.setState({ flow })
