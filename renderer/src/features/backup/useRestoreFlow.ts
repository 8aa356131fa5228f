// The restore steps, from choosing a file to the result: read, open (an encrypted backup,
// with its passphrase), check, preview, confirm (replace only), snapshot, write with progress.
// Nothing is written before the user approves a preview of a backup that passed every check,
// and on the desktop nothing is restored before the journal as it is has been backed up to
// the backups folder (a snapshot rotation always keeps): a restore can then be undone by
// restoring that snapshot.
import { useCallback, useRef, useState } from 'react'
import type { Backup } from '../../../../shared/backup'
import { isSealedBackupText, SealError } from '../../../../shared/crypto'
import type { Problem } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { CURRENT_SCHEMA_VERSION } from '../../data/db'
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
import { BACKUP_FILTERS, writeFolderBackup } from './backupFile'
import { openSealedBackupOffThread } from './openSealedBackupOffThread'
import { parseBackupOffThread } from './parseBackupOffThread'

export type RestoreStep =
  | { step: 'idle' }
  | { step: 'reading'; source: string }
  | {
      /** An encrypted backup waits for its passphrase (or recovery key); then opening. */
      step: 'passphrase'
      source: string
      sealed: string
      opening: boolean
      /** Why the last try did not open it, in plain words. */
      problem: string | null
    }
  | { step: 'invalid'; source: string; errors: Problem[] }
  | {
      step: 'preview' | 'confirm-replace'
      source: string
      backup: Backup
      preview: RestorePreview
      mode: RestoreMode
      /** 'absent': an older backup without a checksum, restored with a note. */
      checksum: 'verified' | 'absent'
    }
  /** Backing up the journal as it is, before a restore changes it (desktop). */
  | { step: 'snapshot'; source: string }
  | { step: 'restoring'; source: string; progress: RestoreProgress }
  | {
      step: 'done'
      source: string
      result: RestoreResult
      /** The backup was an encrypted file (this journal may not be encrypted). */
      fromEncrypted: boolean
      /** When the snapshot taken just before was written (desktop); null in the browser. */
      snapshotAt: string | null
    }
  | { step: 'failed'; source: string; message: string }

export function useRestoreFlow() {
  const [state, setState] = useState<RestoreStep>({ step: 'idle' })
  // Each file opened, and each close, starts a new attempt: work still running for an
  // earlier one (a passphrase being checked after Cancel) must not change the panel.
  const attempt = useRef(0)
  /** Whether the backup being restored came from an encrypted file. */
  const fromEncrypted = useRef(false)

  /** Checks plain backup text, then shows the preview or what is wrong. */
  const check = useCallback(async (id: number, source: string, text: string) => {
    const current = (next: RestoreStep) => attempt.current === id && setState(next)
    current({ step: 'reading', source })
    try {
      // "Checking…" stays on screen while a worker checks the file (seconds when large).
      const parsed = await parseBackupOffThread(text, {
        today: localIsoDate(new Date()),
        // A backup of a newer journal schema is refused, not half understood.
        schemaVersion: CURRENT_SCHEMA_VERSION,
      })
      if (!parsed.ok) return current({ step: 'invalid', source, errors: parsed.errors })
      const preview = await previewRestore(parsed.backup)
      current({
        step: 'preview',
        source,
        backup: parsed.backup,
        preview,
        mode: 'merge',
        checksum: parsed.checksum,
      })
    } catch (error) {
      current({ step: 'failed', source, message: `Could not read ${source}: ${reasonOf(error)}` })
    }
  }, [])

  const openText = useCallback(
    async (source: string, readText: () => Promise<string>) => {
      const id = ++attempt.current
      setState({ step: 'reading', source })
      let text: string
      try {
        text = await readText()
      } catch (error) {
        const message = `Could not read ${source}: ${reasonOf(error)}`
        if (attempt.current === id) setState({ step: 'failed', source, message })
        return
      }
      if (attempt.current !== id) return
      fromEncrypted.current = isSealedBackupText(text)
      if (fromEncrypted.current) {
        setState({ step: 'passphrase', source, sealed: text, opening: false, problem: null })
        return
      }
      await check(id, source, text)
    },
    [check],
  )

  /** Opens the encrypted backup on screen with a passphrase or recovery key, then checks it. */
  const openSealed = useCallback(
    async (secret: string) => {
      if (state.step !== 'passphrase' || state.opening) return
      const id = ++attempt.current
      const asked = { ...state, opening: false }
      setState({ ...state, opening: true, problem: null })
      let text: string
      try {
        text = await openSealedBackupOffThread(state.sealed, secret)
      } catch (error) {
        // A wrong passphrase or a changed file: say so, and let the user try again or cancel.
        const problem =
          error instanceof SealError
            ? error.message
            : `Could not open ${state.source}: ${reasonOf(error)}`
        if (attempt.current === id) setState({ ...asked, problem })
        return
      }
      if (attempt.current === id) await check(id, state.source, text)
    },
    [state, check],
  )

  const chooseFile = useCallback(async () => {
    let picked: Awaited<ReturnType<typeof platform.openFile>>
    try {
      picked = await platform.openFile(BACKUP_FILTERS)
    } catch (error) {
      // E.g. a file over the backup size cap, refused before it was read.
      const message = `Could not open the file: ${reasonOf(error)}`
      attempt.current++
      return setState({ step: 'failed', source: 'the file', message })
    }
    if (!picked.opened) return
    await openText(picked.name, async () => picked.text)
  }, [openText])

  const setMode = useCallback((mode: RestoreMode) => {
    setState((s) => (s.step === 'preview' ? { ...s, mode } : s))
  }, [])

  // The restore being written, for Cancel: aborting rolls its transaction back.
  const writing = useRef<AbortController | null>(null)

  const run = useCallback(async (backup: Backup, mode: RestoreMode, source: string) => {
    let snapshotAt: string | null = null
    if (platform.backups) {
      setState({ step: 'snapshot', source })
      try {
        snapshotAt = (await writeFolderBackup('before-restore')).createdAt
      } catch (error) {
        const message = `Not restored: Leadlog could not back up your journal first (${reasonOf(error)}), so it changed nothing. Your journal is exactly as it was.`
        return setState({ step: 'failed', source, message })
      }
    }
    setState({ step: 'restoring', source, progress: { done: 0, total: backup.entries.length } })
    const cancel = new AbortController()
    writing.current = cancel
    try {
      const result = await applyRestore(backup, mode, {
        onProgress: (progress) => setState({ step: 'restoring', source, progress }),
        signal: cancel.signal,
      })
      setState({ step: 'done', source, result, fromEncrypted: fromEncrypted.current, snapshotAt })
    } catch (error) {
      const message =
        error instanceof RestoreError
          ? error.message
          : `Not restored: ${String(error)}. Your journal is exactly as it was before.`
      setState({ step: 'failed', source, message })
    } finally {
      writing.current = null
    }
  }, [])

  /** Stops the restore being written; the journal stays exactly as it was. */
  const cancelRestore = useCallback(() => writing.current?.abort(), [])

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

  const close = useCallback(() => {
    attempt.current++
    setState({ step: 'idle' })
  }, [])

  return { state, openText, openSealed, chooseFile, setMode, restore, cancelRestore, back, close }
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
