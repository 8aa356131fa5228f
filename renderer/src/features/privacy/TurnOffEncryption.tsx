// Turning encryption off, after the passphrase or the recovery key is confirmed.
import { useId, useState, type FormEvent } from 'react'
import { turnOffEncryption } from '../../data/vault'
import { PasswordField } from './PasswordField'
import { TaskStatus } from './TaskStatus'
import { useVaultTask } from './useVaultTask'

export function TurnOffEncryption({
  onCancel,
  onDone,
}: {
  onCancel(): void
  onDone(message: string): void
}) {
  const id = useId()
  const [secret, setSecret] = useState('')
  const task = useVaultTask()
  const busy = task.progress !== null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!secret || busy) return
    const done = await task.run({ step: 'Checking your passphrase', done: 0, total: 0 }, (p) =>
      turnOffEncryption(secret, p),
    )
    if (done) onDone('Encryption is off. Your journal is stored in plain text on this computer.')
  }

  return (
    <form
      className="privacy-flow"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <fieldset disabled={busy}>
        <h3 id={`${id}-title`}>Turn off encryption</h3>
        <p>
          Your journal will be stored in plain text on this computer again: anyone who can open your
          files can read it. Your passphrase and recovery key will no longer be needed.
        </p>
        <PasswordField
          label="Passphrase or recovery key"
          value={secret}
          onChange={setSecret}
          autoComplete="current-password"
          autoFocus
        />
        <div className="row">
          <button type="submit" className="danger" disabled={!secret}>
            Turn off encryption
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
      <TaskStatus progress={task.progress} error={task.error} />
    </form>
  )
}
