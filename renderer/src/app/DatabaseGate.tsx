import { useEffect, useState, type ReactNode } from 'react'
import { openJournal } from '../data/openJournal'

type Status =
  { state: 'opening' } | { state: 'open' } | { state: 'failed'; title: string; detail: string }

/** Explains a database that cannot be opened, in words a user can act on. */
export function describeOpenError(error: unknown): { title: string; detail: string } {
  const name = (error as { name?: string })?.name
  const inner = (error as { inner?: { name?: string } })?.inner?.name
  if (name === 'VersionError' || inner === 'VersionError') {
    return {
      title: 'This journal was saved by a newer version of Leadlog',
      detail:
        'Leadlog left it untouched. Install the latest version of Leadlog to open it; nothing has been changed or lost.',
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return {
    title: 'Leadlog could not open your journal',
    detail: `The browser storage refused to open (${message}). Close other Leadlog windows and try again; nothing has been deleted.`,
  }
}

/** Opens the database before the app renders, and says clearly if it cannot. */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'opening' })

  useEffect(() => {
    let cancelled = false
    openJournal().then(
      () => !cancelled && setStatus({ state: 'open' }),
      (error: unknown) => !cancelled && setStatus({ state: 'failed', ...describeOpenError(error) }),
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (status.state === 'open') return children
  if (status.state === 'opening') {
    return (
      <div className="center-message" role="status">
        Opening your journal…
      </div>
    )
  }
  return (
    <div className="center-message" role="alert">
      <h1>{status.title}</h1>
      <p>{status.detail}</p>
    </div>
  )
}
