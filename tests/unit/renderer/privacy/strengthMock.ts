// A quick stand-in for zxcvbn: passphrases starting with "weak" score 1, others by length.
// (Its own module is the one mocked: importing it here would wait on itself.)
import { vi } from 'vitest'
import type * as StrengthModule from '../../../../renderer/src/features/privacy/strength'
import type { Strength } from '../../../../renderer/src/features/privacy/strength'

const actual = await vi.importActual<typeof StrengthModule>(
  '../../../../renderer/src/features/privacy/strength',
)
export const STRENGTH_WORDS = actual.STRENGTH_WORDS

export function fakeStrength(passphrase: string): Strength {
  if (passphrase.startsWith('weak')) {
    return {
      score: 1,
      warning: 'This is similar to a commonly used password.',
      suggestions: ['Add more words that are less common.'],
    }
  }
  return { score: passphrase.length >= 16 ? 4 : 2, warning: null, suggestions: [] }
}

export async function loadStrengthChecker() {
  return fakeStrength
}
