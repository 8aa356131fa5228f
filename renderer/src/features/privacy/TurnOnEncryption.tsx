// Turning encryption on: a passphrase that meets the rules, then the recovery key shown
// once, then every record sealed with progress. Stays on screen until the task ends,
// even though the journal is already unlocked when the last step runs.
import { useId, useState, type FormEvent } from 'react'
import { generateRecoveryKey } from '../../../../shared/crypto'
import { turnOnEncryption } from '../../data/vault'
import { platform } from '../../platform'
import { writeFolderBackup } from '../backup'
import { NewPassphraseFields } from './NewPassphraseFields'
import { RecoveryKeyStep } from './RecoveryKeyStep'
import { useNewPassphrase } from './useNewPassphrase'
import { useVaultTask } from './useVaultTask'

export function TurnOnEncryption({
  onCancel,
  onDone,
}: {
  onCancel(): void
  onDone(message: string): void
}) {
  const form = useNewPassphrase()
  // Made once per visit: going back to the passphrase keeps the key already written down.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [step, setStep] = useState<'passphrase' | 'recovery'>('passphrase')
  const task = useVaultTask()
  const id = useId()

  const next = (event: FormEvent) => {
    event.preventDefault()
    if (!form.ok) return
    setRecoveryKey((key) => key ?? generateRecoveryKey())
    setStep('recovery')
  }

  const encrypt = async () => {
    if (!recoveryKey) return
    const done = await task.run({ step: 'Making your keys', done: 0, total: 1 }, (onProgress) =>
      turnOnEncryption(form.passphrase, recoveryKey, onProgress),
    )
    if (done) {
      // The newest backup in the folder should be an encrypted one from now on.
      const backedUp = platform.backups
        ? await writeFolderBackup('manual').then(
            () => ' An encrypted backup was written to your backups folder.',
            () => '',
          )
        : ''
      onDone(
        `Your journal is now encrypted. Keep your recovery key safe: your passphrase and your recovery key are the only ways in.${backedUp}`,
      )
    }
  }

  if (step === 'recovery' && recoveryKey) {
    return (
      <RecoveryKeyStep
        recoveryKey={recoveryKey}
        progress={task.progress}
        error={task.error}
        onEncrypt={() => void encrypt()}
        onBack={() => setStep('passphrase')}
        onCancel={onCancel}
      />
    )
  }
  return (
    <form className="privacy-flow" aria-labelledby={`${id}-title`} onSubmit={next}>
      <h3 id={`${id}-title`}>Choose a passphrase</h3>
      <NewPassphraseFields form={form} autoFocus />
      <div className="row">
        <button type="submit" className="primary" disabled={!form.ok}>
          Continue
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
