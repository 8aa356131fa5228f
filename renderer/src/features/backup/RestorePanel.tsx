import { useEffect, useRef } from 'react'
import { formatMoment, formatNumber } from '../../../../shared/format'
import type { RestoreResult } from '../../data/restore'
import { useLocale, useTimeZone } from '../../app/localeSlice'
import { platform } from '../../platform'
import { BackupPassphraseForm } from './BackupPassphraseForm'
import { ReplaceConfirm } from './ReplaceConfirm'
import { RestorePreviewView } from './RestorePreviewView'
import type { RestoreFlow } from './useRestoreFlow'
import { useVault } from '../../data/vault'

function summary(result: RestoreResult, locale: string): string {
  const n = (value: number) => formatNumber(value, locale)
  if (result.mode === 'replace') {
    return `Your journal now holds the ${n(result.inBackup)} entries of the backup; ${n(result.removed)} removed.`
  }
  return `${n(result.new)} new and ${n(result.updated)} updated entries added; ${n(result.unchanged)} unchanged; ${n(result.conflict)} in conflict kept as you had them.`
}

/** Steps that need the user's eyes: brought into view and focused when they appear. */
const ANNOUNCED = new Set(['invalid', 'preview', 'done', 'failed'])

/**
 * Shows the current step of a restore: the passphrase of an encrypted backup, checking,
 * problems, preview, progress, result.
 */
export function RestorePanel({ flow }: { flow: RestoreFlow }) {
  const ref = useRef<HTMLDivElement>(null)
  const step = flow.state.step
  useEffect(() => {
    // The panel opens below the buttons, often below the fold: show it and move focus there.
    if (!ANNOUNCED.has(step) || !ref.current) return
    ref.current.scrollIntoView?.({ block: 'nearest' })
    ref.current.focus({ preventScroll: true })
  }, [step])
  if (step === 'idle') return null
  return (
    <div ref={ref} tabIndex={-1} className="restore-panel">
      <RestoreStepView flow={flow} />
    </div>
  )
}

function RestoreStepView({ flow }: { flow: RestoreFlow }) {
  const { state } = flow
  const locale = useLocale()
  const timeZone = useTimeZone()
  const vault = useVault((s) => s.status)
  const snapshotFirst = platform.backups !== null
  switch (state.step) {
    case 'idle':
      return null
    case 'reading':
      return (
        <p role="status" className="restore-status">
          Checking {state.source}…
        </p>
      )
    case 'passphrase':
      return (
        <BackupPassphraseForm
          source={state.source}
          opening={state.opening}
          problem={state.problem}
          onOpen={(secret) => void flow.openSealed(secret)}
          onCancel={flow.close}
        />
      )
    case 'invalid':
      return (
        <div role="alert" className="restore-problem">
          <h3>{state.source} cannot be restored</h3>
          <p>Nothing was changed. What is wrong, and where:</p>
          <ul className="restore-errors">
            {state.errors.map((error, i) => (
              <li key={i}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={flow.close}>
            Close
          </button>
        </div>
      )
    case 'preview':
      return (
        <RestorePreviewView
          source={state.source}
          backup={state.backup}
          preview={state.preview}
          mode={state.mode}
          checksum={state.checksum}
          snapshotFirst={snapshotFirst}
          onMode={flow.setMode}
          onRestore={flow.restore}
          onCancel={flow.close}
        />
      )
    case 'confirm-replace':
      return (
        <ReplaceConfirm
          preview={state.preview}
          snapshotFirst={snapshotFirst}
          onConfirm={flow.restore}
          onCancel={flow.back}
        />
      )
    case 'snapshot':
      return (
        <p role="status" className="restore-status">
          Backing up your journal as it is before restoring {state.source}…
        </p>
      )
    case 'restoring': {
      const { done, total } = state.progress
      return (
        <div className="restore-status" role="status">
          <label>
            Restoring {state.source}: {formatNumber(done, locale)} of {formatNumber(total, locale)}{' '}
            rows written
            <progress max={Math.max(total, 1)} value={done} />
          </label>
          {/* Cancelling rolls back what was written: nothing is half-restored. */}
          <button type="button" onClick={flow.cancelRestore}>
            Cancel
          </button>
        </div>
      )
    }
    case 'done':
      return (
        <div role="status" className="restore-done">
          <p>
            <strong>Restored from {state.source}.</strong> {summary(state.result, locale)}
          </p>
          {state.snapshotAt && (
            <p>
              Your journal as it was before is kept as the backup of{' '}
              {formatMoment(state.snapshotAt, locale, timeZone)} (before restore) in the backups
              folder: restore it to undo this.
            </p>
          )}
          {state.fromEncrypted && vault === 'plain' && (
            <p>
              The backup was encrypted; the journal on this computer is not. Turn on encryption in
              Settings › Privacy to keep it private here too.
            </p>
          )}
          <button type="button" onClick={flow.close}>
            Close
          </button>
        </div>
      )
    case 'failed':
      return (
        <div role="alert" className="restore-problem">
          <p>{state.message}</p>
          <button type="button" onClick={flow.close}>
            Close
          </button>
        </div>
      )
  }
}
