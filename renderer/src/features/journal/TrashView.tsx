// Deleted entries, restorable for 30 days; after that they are purged at start.
import { useState } from 'react'
import { daysBetween, localIsoDate } from '../../../../shared/time'
import { KIND_LABELS, type Entry } from '../../../../shared/entry'
import { deleteForever, restoreEntries, TRASH_DAYS } from '../../data/entries'
import { describeWriteError } from '../../data/writeErrors'
import { ConfirmDialog } from '../../components/Dialog'
import { KindIcon } from '../../components/KindIcon'

export function daysLeft(deletedAt: string, today: string): number {
  const deletedOn = localIsoDate(new Date(deletedAt))
  return Math.max(0, TRASH_DAYS - daysBetween(deletedOn, today))
}

export function TrashView({
  entries,
  onNotify,
}: {
  entries: Entry[]
  onNotify(message: string): void
}) {
  const [confirming, setConfirming] = useState<Entry | null>(null)
  const today = localIsoDate(new Date())
  const run = (write: Promise<void>, done: string) =>
    write.then(
      () => onNotify(done),
      (error: unknown) => onNotify(describeWriteError(error)),
    )

  return (
    <section className="trash" aria-labelledby="trash-title">
      <h2 id="trash-title">Trash</h2>
      <p className="hint">
        Deleted entries stay here for {TRASH_DAYS} days, then they are removed for good.
      </p>
      {entries.length === 0 ? (
        <p className="muted">The trash is empty.</p>
      ) : (
        <ul className="trash-list">
          {entries.map((entry) => {
            const left = daysLeft(entry.deletedAt ?? new Date().toISOString(), today)
            return (
              <li key={entry.id} className="trash-item">
                <KindIcon kind={entry.kind} size={18} />
                <div className="grow">
                  <strong>{entry.title}</strong>
                  <div className="hint">
                    {KIND_LABELS[entry.kind]} · {left === 1 ? '1 day left' : `${left} days left`}
                  </div>
                </div>
                <button
                  type="button"
                  aria-label={`Restore ${entry.title}`}
                  onClick={() => void run(restoreEntries([entry.id]), `Restored “${entry.title}”`)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Delete ${entry.title} for good`}
                  onClick={() => setConfirming(entry)}
                >
                  Delete for good
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete for good?"
          confirmLabel="Delete for good"
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const entry = confirming
            setConfirming(null)
            void run(deleteForever([entry.id]), `Deleted “${entry.title}” for good`)
          }}
        >
          <p>“{confirming.title}” will be removed from this computer. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
