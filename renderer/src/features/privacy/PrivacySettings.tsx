// Settings section: encryption at rest. A flow that was started (turning encryption on or
// off, a new passphrase) stays on screen until it ends, though the journal's state
// changes under it, so its progress and its outcome are seen.
import { useEffect, useId, useRef, useState } from 'react'
import { useVault } from '../../data/vault'
import { ChangePassphrase } from './ChangePassphrase'
import { EncryptedPanel } from './EncryptedPanel'
import { PlainPanel } from './PlainPanel'
import { TurnOffEncryption } from './TurnOffEncryption'
import { TurnOnEncryption } from './TurnOnEncryption'
import './privacy.css'

type Flow = 'on' | 'off' | 'change' | null

export function PrivacySettings() {
  const id = useId()
  const status = useVault((s) => s.status)
  const [flow, setFlow] = useState<Flow>(null)
  const [message, setMessage] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const closed = useRef(false)

  // A closed flow hands focus back to the section, where its outcome is read out.
  useEffect(() => {
    if (flow === null && closed.current) heading.current?.focus()
  }, [flow])

  const open = (next: Exclude<Flow, null>) => {
    setMessage(null)
    setFlow(next)
  }
  const close = (outcome: string | null = null) => {
    closed.current = true
    setMessage(outcome)
    setFlow(null)
  }

  let body
  if (flow === 'on') body = <TurnOnEncryption onCancel={() => close()} onDone={close} />
  else if (flow === 'off') body = <TurnOffEncryption onCancel={() => close()} onDone={close} />
  else if (flow === 'change') body = <ChangePassphrase onCancel={() => close()} onDone={close} />
  else if (status === 'plain') body = <PlainPanel onTurnOn={() => open('on')} />
  else if (status === 'unlocked') {
    body = (
      <EncryptedPanel onChangePassphrase={() => open('change')} onTurnOff={() => open('off')} />
    )
  } else body = <p className="hint">Checking whether your journal is encrypted…</p>

  return (
    <section className="card settings-section privacy-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Privacy
      </h2>
      {body}
      <p className="privacy-message" role="status">
        {message}
      </p>
    </section>
  )
}
