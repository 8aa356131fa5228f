// Settings → Privacy for a journal stored in plain text: what encryption does and costs.
export function PlainPanel({ onTurnOn }: { onTurnOn(): void }) {
  return (
    <>
      <p>
        Encryption locks your journal with a passphrase, so someone who copies this computer’s files
        cannot read it. If you forget both your passphrase and your recovery key, nobody can open
        your journal again, not even Leadlog.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={onTurnOn}>
          Turn on encryption…
        </button>
      </div>
    </>
  )
}
