// "Unlock automatically on this computer": the operating system's keychain keeps the key.
// Only the desktop app with a real keychain can; elsewhere the box is off and says why.
import { useEffect, useId, useState } from 'react'
import {
  isRememberedOnThisComputer,
  rememberUnavailableReason,
  setRememberOnThisComputer,
} from '../../data/vault'

type State =
  | { state: 'checking' }
  | { state: 'unavailable'; reason: string }
  | { state: 'available'; remembered: boolean }

export function RememberToggle() {
  const id = useId()
  const [state, setState] = useState<State>({ state: 'checking' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const reason = await rememberUnavailableReason()
        const next: State = reason
          ? { state: 'unavailable', reason }
          : { state: 'available', remembered: await isRememberedOnThisComputer() }
        if (!cancelled) setState(next)
      } catch (caught) {
        if (!cancelled) {
          const detail = caught instanceof Error ? caught.message : String(caught)
          setState({ state: 'unavailable', reason: `The keychain did not answer (${detail}).` })
        }
      }
    })()
    return () => {
      cancelled = true
    }
  }, [])

  const change = async (on: boolean) => {
    setBusy(true)
    setError(null)
    try {
      await setRememberOnThisComputer(on)
      setState({ state: 'available', remembered: on })
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  const checked = state.state === 'available' && state.remembered
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={state.state !== 'available' || busy}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void change(event.target.checked)}
        />
        Unlock automatically on this computer
      </label>
      <span className="hint" id={`${id}-hint`}>
        {state.state === 'unavailable'
          ? state.reason
          : 'Your computer’s keychain keeps the key, so Leadlog opens without asking. Anyone who can sign in as you on this computer can then open your journal.'}
      </span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
