// The restore steps, from choosing a file to the result: read, check, preview, confirm
// (replace only), write with progress. Nothing is written before the user approves a
// preview of a backup that passed every check.
import { useCallback, useState } from 'react'
import type { Backup } from '../../../../shared/backup'
import type { Problem } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import {
  applyRestore,
  previewRestore,
  RestoreError,
  type RestoreMode,
  type RestorePreview,
  type RestoreProgress,
  type RestoreResult,
} from '../../data/restore'
import { platform } from '../../platform'
import { BACKUP_FILTERS } from './backupFile'
import { parseBackupOffThread } from './parseBackupOffThread'

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; source: string }
  | { step: 'invalid'; source: string; errors: Problem[] }
  | {
      step: 'preview' | 'confirm-replace'
      source: string
      backup: Backup
      preview: RestorePreview
      mode: RestoreMode
    }
  | { step: 'restoring'; source: string; progress: RestoreProgress }
  | { step: 'done'; source: string; result: RestoreResult }
  | { step: 'failed'; source: string; message: string }

export function useRestoreFlow() {
  const [state, setState] = useState<RestoreStep>({ step: 'idle' })

  const openText = useCallback(async (source: string, readText: () => Promise<string>) => {
    setState({ step: 'reading', source })
    try {
      const text = await readText()
      // "Checking…" stays on screen while a worker checks the file (seconds when large).
      const parsed = await parseBackupOffThread(text, { today: localIsoDate(new Date()) })
      if (!parsed.ok) return setState({ step: 'invalid', source, errors: parsed.errors })
      const preview = await previewRestore(parsed.backup)
      setState({ step: 'preview', source, backup: parsed.backup, preview, mode: 'merge' })
    } catch (error) {
      setState({ step: 'failed', source, message: `Could not read ${source}: ${reasonOf(error)}` })
    }
  }, [])

  const chooseFile = useCallback(async () => {
    let picked: Awaited<ReturnType<typeof platform.openFile>>
    try {
      picked = await platform.openFile(BACKUP_FILTERS)
    } catch (error) {
      // E.g. a file over the backup size cap, refused before it was read.
      const message = `Could not open the file: ${reasonOf(error)}`
      return setState({ step: 'failed', source: 'the file', message })
    }
    if (!picked.opened) return
    await openText(picked.name, async () => picked.text)
  }, [openText])

  const setMode = useCallback((mode: RestoreMode) => {
    setState((s) => (s.step === 'preview' ? { ...s, mode } : s))
  }, [])

  const run = useCallback(async (backup: Backup, mode: RestoreMode, source: string) => {
    setState({ step: 'restoring', source, progress: { done: 0, total: backup.entries.length } })
    try {
      const result = await applyRestore(backup, mode, {
        onProgress: (progress) => setState({ step: 'restoring', source, progress }),
      })
      setState({ step: 'done', source, result })
    } catch (error) {
      const message =
        error instanceof RestoreError
          ? error.message
          : `Not restored: ${String(error)}. Your journal is exactly as it was before.`
      setState({ step: 'failed', source, message })
    }
  }, [])

  /** Merge runs at once; replace first asks for confirmation. */
  const restore = useCallback(() => {
    if (state.step === 'preview' && state.mode === 'replace') {
      setState({ ...state, step: 'confirm-replace' })
    } else if (state.step === 'preview' || state.step === 'confirm-replace') {
      void run(state.backup, state.mode, state.source)
    }
  }, [state, run])

  const back = useCallback(() => {
    setState((s) => (s.step === 'confirm-replace' ? { ...s, step: 'preview' } : s))
  }, [])

  const close = useCallback(() => setState({ step: 'idle' }), [])

  return { state, openText, chooseFile, setMode, restore, back, close }
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
