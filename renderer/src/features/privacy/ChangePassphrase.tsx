// A new passphrase for an encrypted journal: the current one (or the recovery key) first,
// then the new one under the same rules as when encryption was turned on.
import { useId, useState, type FormEvent } from 'react'
import { changePassphrase } from '../../data/vault'
import { NewPassphraseFields } from './NewPassphraseFields'
import { PasswordField } from './PasswordField'
import { TaskStatus } from './TaskStatus'
import { useNewPassphrase } from './useNewPassphrase'
import { useVaultTask } from './useVaultTask'

export function ChangePassphrase({
  onCancel,
  onDone,
}: {
  onCancel(): void
  onDone(message: string): void
}) {
  const id = useId()
  const [current, setCurrent] = useState('')
  const form = useNewPassphrase()
  const task = useVaultTask()
  const busy = task.progress !== null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!current || !form.ok || busy) return
    const done = await task.run({ step: 'Changing your passphrase', done: 0, total: 0 }, () =>
      changePassphrase(current, form.passphrase),
    )
    if (done) onDone('Your passphrase has been changed. Your recovery key still works.')
  }

  return (
    <form
      className="privacy-flow"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <fieldset disabled={busy}>
        <h3 id={`${id}-title`}>Change passphrase</h3>
        <PasswordField
          label="Current passphrase"
          hint="or your recovery key"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          autoFocus
        />
        <NewPassphraseFields
          form={form}
          labels={{ passphrase: 'New passphrase', repeat: 'Repeat new passphrase' }}
        />
        <div className="row">
          <button type="submit" className="primary" disabled={!current || !form.ok}>
            Change passphrase
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
