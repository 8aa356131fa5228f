import { useEffect, useRef } from 'react'
import { formatCount } from '../../../../shared/format'
import type { RestorePreview } from '../../data/restore'
import { useLocale } from '../../app/localeSlice'

interface Props {
  preview: RestorePreview
  /** The journal is backed up to the backups folder first (desktop), so this can be undone. */
  snapshotFirst: boolean
  onConfirm(): void
  onCancel(): void
}

/** The last question before replace deletes anything: names exactly what will be lost. */
export function ReplaceConfirm({ preview, snapshotFirst, onConfirm, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  const locale = useLocale()
  const entries = (value: number) => formatCount(value, 'entry', 'entries', locale)
  // The safe answer has the focus, so a stray Enter does not delete anything.
  useEffect(() => cancelRef.current?.focus(), [])
  return (
    <div
      className="replace-confirm"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="replace-confirm-title"
      aria-describedby="replace-confirm-detail"
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h3 id="replace-confirm-title">Replace your journal with this backup?</h3>
      <div id="replace-confirm-detail">
        <p>
          {preview.localOnly > 0 ? (
            <strong>
              {entries(preview.localOnly)} in your journal will be deleted: the backup does not have{' '}
              {preview.localOnly === 1 ? 'it' : 'them'}.
            </strong>
          ) : (
            'No entry will be deleted: the backup has every entry your journal has.'
          )}
        </p>
        {preview.conflict > 0 && (
          <p>
            {entries(preview.conflict)} will go back to the backup’s older copy, losing the changes
            made since.
          </p>
        )}
        {snapshotFirst ? (
          <p className="hint">
            Your journal as it is now is backed up to the backups folder first: to undo, restore
            that backup (its date is shown when the restore is done).
          </p>
        ) : (
          <p className="hint">
            This cannot be undone.
            {preview.localOnly + preview.conflict > 0 &&
              ' Export a backup first if you may want them back.'}
          </p>
        )}
      </div>
      <div className="row">
        <button type="button" className="danger" onClick={onConfirm}>
          {preview.localOnly > 0 ? `Replace and delete ${entries(preview.localOnly)}` : 'Replace'}
        </button>
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
