// The rules a new passphrase must meet, and the words the form shows for each.
import { describe, expect, it } from 'vitest'
import { checkNewPassphrase } from '../../../../renderer/src/features/privacy/passphraseRules'
import type { Strength } from '../../../../renderer/src/features/privacy/strength'

const scored = (score: Strength['score']): Strength => ({ score, warning: null, suggestions: [] })

describe('checkNewPassphrase', () => {
  it('says nothing and refuses while nothing is typed', () => {
    expect(checkNewPassphrase('', '', null)).toEqual({
      passphraseError: null,
      repeatError: null,
      ok: false,
    })
  })

  it('asks for 10 characters, counting what is typed so far (an emoji once)', () => {
    expect(checkNewPassphrase('short', 'short', scored(4))).toMatchObject({
      passphraseError: 'Use at least 10 characters (5 so far).',
      ok: false,
    })
    expect(checkNewPassphrase('🐙🐙🐙🐙🐙', '🐙🐙🐙🐙🐙', scored(4)).passphraseError).toBe(
      'Use at least 10 characters (5 so far).',
    )
  })

  it('refuses a passphrase that is easy to guess, however long', () => {
    const check = checkNewPassphrase('password1234', 'password1234', scored(2))
    expect(check.passphraseError).toMatch(/^This is too easy to guess/)
    expect(check.ok).toBe(false)
  })

  it('says when the two are not the same', () => {
    const check = checkNewPassphrase('violet anchor tundra', 'violet anchor tundr', scored(4))
    expect(check).toEqual({
      passphraseError: null,
      repeatError: 'The two passphrases are not the same.',
      ok: false,
    })
  })

  it('accepts a long, strong passphrase typed twice', () => {
    expect(checkNewPassphrase('violet anchor tundra', 'violet anchor tundra', scored(3))).toEqual({
      passphraseError: null,
      repeatError: null,
      ok: true,
    })
  })

  it('does not let anything through before the strength is known', () => {
    expect(checkNewPassphrase('violet anchor tundra', 'violet anchor tundra', null).ok).toBe(false)
  })
})
