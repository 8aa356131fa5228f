// The only thing on screen while an encrypted journal is locked: no sidebar, no content,
// nothing of the journal. The passphrase or the recovery key opens it.
import { useId, useRef, useState, type FormEvent } from 'react'
import { formatNumber } from '../../../../shared/format'
import { AppIcon } from '../../components/AppIcon'
import { useLocale } from '../../app/localeSlice'
import { unlock, unlockWaitMs } from '../../data/vault'
import { PasswordField } from './PasswordField'
import { useCountdown } from './useCountdown'
import './privacy.css'
import { useDeclineQuitWhileLocked } from './useDeclineQuitWhileLocked'

export const WRONG_SECRET = 'That passphrase or recovery key is not right.'

export function LockScreen() {
  useDeclineQuitWhileLocked()
  const id = useId()
  const locale = useLocale()
  const [secret, setSecret] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const countdown = useCountdown(unlockWaitMs)
  const input = useRef<HTMLInputElement>(null)
  const waitSeconds = Math.ceil(countdown.remainingMs / 1000)
  const waiting = waitSeconds > 0

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || waiting) return
    if (!secret) {
      setError('Type your passphrase or your recovery key.')
      input.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      const result = await unlock(secret)
      // Unlocked: the gate puts the journal in place of this screen.
      if (result.ok) return
      if (result.reason === 'wrong') setError(WRONG_SECRET)
      if (result.waitMs > 0) countdown.start(result.waitMs)
    } catch (caught) {
      const detail = caught instanceof Error ? caught.message : String(caught)
      setError(`Leadlog could not unlock your journal (${detail}). Nothing was changed.`)
    } finally {
      setBusy(false)
    }
    // The input was read-only, never disabled, so it kept focus: select it to type again.
    input.current?.focus()
    input.current?.select()
  }

  return (
    <main className="lock-screen">
      <form
        className="card lock-card"
        aria-labelledby={`${id}-title`}
        onSubmit={(event) => void submit(event)}
      >
        <div className="brand lock-brand">
          <AppIcon size={44} />
          <span>Leadlog</span>
        </div>
        <h1 id={`${id}-title`}>Your journal is locked</h1>
        <PasswordField
          label="Passphrase"
          hint="or your recovery key"
          value={secret}
          onChange={setSecret}
          autoComplete="current-password"
          autoFocus
          readOnly={busy}
          inputRef={input}
          error={null}
          describedBy={waiting ? `${id}-wait` : undefined}
        />
        {error && (
          <p className="error lock-error" role="alert">
            {error}
          </p>
        )}
        {waiting && (
          <p className="lock-wait" role="timer" id={`${id}-wait`}>
            Too many tries: try again in {formatNumber(waitSeconds, locale)} s
          </p>
        )}
        <button type="submit" className="primary lock-submit" disabled={busy || waiting}>
          Unlock
        </button>
        <p className="hint lock-status" role="status">
          {busy ? 'Unlocking…' : ''}
        </p>
      </form>
    </main>
  )
}
