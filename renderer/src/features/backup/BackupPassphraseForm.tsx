// The passphrase step of restoring an encrypted backup: nothing in the file can be read
// or checked before it is opened. A wrong passphrase is refused in plain words, the
// journal untouched, and the user can try again or cancel.
import { useEffect, useRef, useState, type FormEvent } from 'react'

interface Props {
  source: string
  opening: boolean
  problem: string | null
  onOpen(secret: string): void
  onCancel(): void
}

export function BackupPassphraseForm({ source, opening, problem, onOpen, onCancel }: Props) {
  const [secret, setSecret] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    // Ready for typing when the step appears and again after a refused try.
    if (opening || !input.current) return
    input.current.scrollIntoView?.({ block: 'nearest' })
    input.current.focus({ preventScroll: true })
  }, [opening, problem])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (opening || secret === '') return
    onOpen(secret)
    // Not kept on screen: a refused try starts again from an empty field.
    setSecret('')
  }

  return (
    <form
      className="restore-passphrase"
      aria-labelledby="restore-passphrase-title"
      onSubmit={submit}
    >
      <h3 id="restore-passphrase-title">Restore from {source}</h3>
      <p>This backup is encrypted. Type the passphrase or recovery key it was made with.</p>
      <label className="restore-passphrase-field">
        Backup passphrase
        <input
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          disabled={opening}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'restore-passphrase-problem' : undefined}
          onChange={(event) => setSecret(event.target.value)}
        />
      </label>
      {problem && (
        <p id="restore-passphrase-problem" className="error" role="alert">
          {problem} Your journal was not changed.
        </p>
      )}
      {opening && (
        <p role="status" className="hint">
          Opening {source}…
        </p>
      )}
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={opening || secret === ''}
          aria-busy={opening}
        >
          Open backup
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
