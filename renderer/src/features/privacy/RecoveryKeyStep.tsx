// The recovery key, shown once before the journal is sealed: copied or written down,
// and confirmed as saved before "Encrypt my journal" is allowed.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ConvertProgress } from '../../data/vault'
import { TaskStatus } from './TaskStatus'

export function RecoveryKeyStep({
  recoveryKey,
  progress,
  error,
  onEncrypt,
  onBack,
  onCancel,
}: {
  recoveryKey: string
  progress: ConvertProgress | null
  error: string | null
  onEncrypt(): void
  onBack(): void
  onCancel(): void
}) {
  const id = useId()
  const [saved, setSaved] = useState(false)
  const [copied, setCopied] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const busy = progress !== null

  // Keyboard and screen reader users land on the new step, not on the page's top.
  useEffect(() => heading.current?.focus(), [])

  const copy = () => {
    navigator.clipboard.writeText(recoveryKey).then(
      () => setCopied('Copied. Paste it somewhere safe, away from this computer.'),
      () => setCopied('Copying did not work here: select the key and copy it, or write it down.'),
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (saved && !busy) onEncrypt()
  }

  return (
    <form className="privacy-flow" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <fieldset disabled={busy}>
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Your recovery key
        </h3>
        <p id={`${id}-about`}>
          If you forget your passphrase, this key is the only other way into your journal. It is
          shown only this once: write it down on paper, or keep it in a password manager, somewhere
          apart from this computer.
        </p>
        <div className="recovery-key-row">
          <p className="recovery-key" translate="no">
            {recoveryKey}
          </p>
          <button type="button" onClick={copy}>
            Copy
          </button>
        </div>
        <p className="hint" role="status">
          {copied}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
          />
          I have saved my recovery key
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={!saved}>
            Encrypt my journal
          </button>
          <button type="button" onClick={onBack}>
            Back
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
      <TaskStatus progress={progress} error={error} />
    </form>
  )
}
