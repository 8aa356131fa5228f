// The real zxcvbn-ts, loaded on demand: the words of the meter follow its score.
import { describe, expect, it } from 'vitest'
import {
  loadStrengthChecker,
  STRENGTH_WORDS,
} from '../../../../renderer/src/features/privacy/strength'

describe('loadStrengthChecker', () => {
  it('loads once and scores common passwords low and unrelated words high', async () => {
    const first = loadStrengthChecker()
    expect(loadStrengthChecker()).toBe(first)
    const check = await first
    const weak = check('password1234')
    expect(weak.score).toBeLessThan(3)
    expect(weak.warning ?? weak.suggestions.join(' ')).not.toBe('')
    // The app's own name counts as a guess.
    expect(check('leadlogjournal').score).toBeLessThan(3)
    expect(check('violet anchor tundra mosaic').score).toBeGreaterThanOrEqual(3)
  })

  it('has words for every score', () => {
    expect(Object.values(STRENGTH_WORDS)).toEqual([
      'Too easy to guess',
      'Weak',
      'Fair',
      'Strong',
      'Very strong',
    ])
  })
})
