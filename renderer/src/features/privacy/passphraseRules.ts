// What a new passphrase must be before it may protect the journal: long enough, hard
// enough to guess, and typed the same twice. Errors are plain words shown by each field.
import type { Strength } from './strength'

export const MIN_PASSPHRASE_LENGTH = 10
export const MIN_STRENGTH_SCORE = 3

export interface PassphraseCheck {
  /** Shown by the passphrase field; null when it is fine (or not typed yet). */
  passphraseError: string | null
  /** Shown by the repeat field. */
  repeatError: string | null
  /** Every rule met: the form may go on. */
  ok: boolean
}

/**
 * `strength` is null while the checker is still loading: nothing is refused for it yet,
 * but nothing may go on either.
 */
export function checkNewPassphrase(
  passphrase: string,
  repeat: string,
  strength: Strength | null,
): PassphraseCheck {
  // Characters, not UTF-16 units: an emoji counts once.
  const length = [...passphrase].length
  let passphraseError: string | null = null
  if (passphrase.length > 0 && length < MIN_PASSPHRASE_LENGTH) {
    passphraseError = `Use at least ${MIN_PASSPHRASE_LENGTH} characters (${length} so far).`
  } else if (passphrase.length > 0 && strength && strength.score < MIN_STRENGTH_SCORE) {
    passphraseError =
      'This is too easy to guess. Add more words, or words that do not belong together.'
  }
  const repeatError =
    repeat.length > 0 && repeat !== passphrase ? 'The two passphrases are not the same.' : null
  const ok =
    length >= MIN_PASSPHRASE_LENGTH &&
    strength !== null &&
    strength.score >= MIN_STRENGTH_SCORE &&
    passphraseError === null &&
    repeat === passphrase
  return { passphraseError, repeatError, ok }
}
