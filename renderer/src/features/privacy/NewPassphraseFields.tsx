// The two inputs for a new passphrase, the strength meter between them, and their errors.
import { useId } from 'react'
import { MIN_PASSPHRASE_LENGTH } from './passphraseRules'
import { PasswordField } from './PasswordField'
import { StrengthMeter } from './StrengthMeter'
import type { NewPassphrase } from './useNewPassphrase'

export function NewPassphraseFields({
  form,
  labels = { passphrase: 'Passphrase', repeat: 'Repeat passphrase' },
  autoFocus,
  disabled,
}: {
  form: NewPassphrase
  labels?: { passphrase: string; repeat: string }
  autoFocus?: boolean
  disabled?: boolean
}) {
  const meterId = `${useId()}-strength`
  return (
    <>
      <PasswordField
        label={labels.passphrase}
        value={form.passphrase}
        onChange={form.setPassphrase}
        hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        error={form.passphraseError}
        autoComplete="new-password"
        autoFocus={autoFocus}
        disabled={disabled}
        describedBy={meterId}
      />
      <StrengthMeter id={meterId} strength={form.strength} checkerError={form.checkerError} />
      <PasswordField
        label={labels.repeat}
        value={form.repeat}
        onChange={form.setRepeat}
        error={form.repeatError}
        autoComplete="new-password"
        disabled={disabled}
      />
    </>
  )
}
