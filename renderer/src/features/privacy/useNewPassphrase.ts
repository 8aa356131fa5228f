// A new passphrase typed twice, its strength and the rules it must meet.
import { useDeferredValue, useMemo, useState } from 'react'
import { checkNewPassphrase, type PassphraseCheck } from './passphraseRules'
import type { Strength } from './strength'
import { useStrengthChecker } from './useStrengthChecker'

export interface NewPassphrase extends PassphraseCheck {
  passphrase: string
  repeat: string
  setPassphrase(value: string): void
  setRepeat(value: string): void
  /** null while the checker loads or nothing is typed. */
  strength: Strength | null
  /** Why the strength cannot be checked, when it cannot. */
  checkerError: string | null
}

export function useNewPassphrase(): NewPassphrase {
  const [passphrase, setPassphrase] = useState('')
  const [repeat, setRepeat] = useState('')
  const checker = useStrengthChecker()
  // zxcvbn takes a few milliseconds on a long passphrase: typing stays ahead of it.
  const deferred = useDeferredValue(passphrase)
  const strength = useMemo(
    () => (checker.state === 'ready' && deferred ? checker.check(deferred) : null),
    [checker, deferred],
  )
  // The deferred strength may still describe the previous keystroke: never let it pass.
  const current = deferred === passphrase ? strength : null
  return {
    passphrase,
    repeat,
    setPassphrase,
    setRepeat,
    strength,
    checkerError: checker.state === 'failed' ? checker.message : null,
    ...checkNewPassphrase(passphrase, repeat, current),
  }
}
