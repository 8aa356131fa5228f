// What a view that needs every entry shows while the journal is read: the words, and a bar
// that fills as the slices of the table come in (indeterminate before the first).
import type { ReactNode } from 'react'

export interface JournalLoadingProps {
  /** From useLoadProgress: slices read so far, or null before the read reports. */
  progress: { done: number; total: number } | null
  children?: ReactNode
}

export function JournalLoading({
  progress,
  children = 'Loading your journal…',
}: JournalLoadingProps) {
  return (
    <div role="status" className="journal-loading">
      <label>
        {children}
        {progress ? <progress max={progress.total} value={progress.done} /> : <progress />}
      </label>
    </div>
  )
}
