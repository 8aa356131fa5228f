// Loads the strength checker when a passphrase form mounts (not before), and says so if
// it cannot: the form then cannot go on, rather than accept an unchecked passphrase.
import { useEffect, useState } from 'react'
import { loadStrengthChecker, type StrengthChecker } from './strength'

export type CheckerState =
  | { state: 'loading' }
  | { state: 'ready'; check: StrengthChecker }
  | { state: 'failed'; message: string }

export function useStrengthChecker(): CheckerState {
  const [checker, setChecker] = useState<CheckerState>({ state: 'loading' })
  useEffect(() => {
    let cancelled = false
    loadStrengthChecker().then(
      (check) => !cancelled && setChecker({ state: 'ready', check }),
      (error: unknown) =>
        !cancelled &&
        setChecker({
          state: 'failed',
          message: `The strength check did not load (${
            error instanceof Error ? error.message : String(error)
          }). Close Settings and open it again.`,
        }),
    )
    return () => {
      cancelled = true
    }
  }, [])
  return checker
}
