import { useEffect, useState, type ReactNode } from 'react'
import { openJournal } from '../data/openJournal'
import { onVaultChangedElsewhere, openVault, useVault } from '../data/vault'
import { snapshotBeforeMigration } from '../features/backup'
import { LockScreen } from '../features/privacy'

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

/**
 * Opens the database and reads whether it is encrypted before the app renders, and says
 * clearly if it cannot. A locked journal shows only the lock screen; locking at any time
 * swaps the whole app for it (every view unmounts, and what it held goes with it).
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ state: 'opening' })
  const vault = useVault((s) => s.status)

  // Encryption switched in another window (a tab, the quick-capture window): this one
  // reopens the journal in its new form instead of writing in the old one.
  useEffect(() => onVaultChangedElsewhere(() => window.location.reload()), [])

  useEffect(() => {
    let cancelled = false
    // A journal an older Leadlog stored is backed up before Dexie upgrades it. A snapshot
    // that fails (a full or missing folder) must not keep the journal shut: it opens anyway.
    snapshotBeforeMigration()
      .catch(() => 'failed')
      .then(() => openJournal())
      .then(() => openVault())
      .then(
        () => !cancelled && setStatus({ state: 'open' }),
        (error: unknown) =>
          !cancelled && setStatus({ state: 'failed', ...describeOpenError(error) }),
      )
    return () => {
      cancelled = true
    }
  }, [])

  if (status.state === 'open' && (vault === 'plain' || vault === 'unlocked')) return children
  if (status.state === 'open' && (vault === 'locked' || vault === 'locking')) return <LockScreen />
  if (status.state !== 'failed') {
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
