// The import's UI state: which step is on screen, the preview's rows (entries not yet in
// the journal, so not stored data), and the last import, which "Undo import" takes back
// even after the user has gone to the journal to look at it and come back.
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

export interface LastImport {
  importId: string
  ids: string[]
  names: string
  /** Set once undone: how many entries were removed. */
  undone?: number
}

interface ImportUi {
  flow: ImportStep
  last: LastImport | null
  /** Set by "Import…" in the command palette; the section focuses its button, then clears it. */
  focusPending: boolean
  requestFocus(): void
  focusDone(): void
}

export const useImportUi = create<ImportUi>((set) => ({
  flow: { step: 'idle' },
  last: null,
  focusPending: false,
  requestFocus: () => set({ focusPending: true }),
  focusDone: () => set({ focusPending: false }),
}))

export const setFlow = (flow: ImportStep) => useImportUi.setState({ flow })
