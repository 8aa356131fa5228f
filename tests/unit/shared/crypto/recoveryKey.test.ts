// The recovery key is read off paper and typed back in: any case, any spacing, O for 0.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  generateRecoveryKey,
  looksLikeRecoveryKey,
  normalizeRecoveryKey,
  RECOVERY_KEY_BITS,
} from '../../../../shared/crypto'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/

/** Back to the 160 bits, to check none are lost or fixed. */
function bitsOf(key: string): string {
  return [...key.replaceAll('-', '')]
    .map((char) => CROCKFORD.indexOf(char).toString(2).padStart(5, '0'))
    .join('')
}

describe('generateRecoveryKey', () => {
  it('writes 160 bits as 8 groups of 4 Crockford base32 characters', () => {
    expect(RECOVERY_KEY_BITS).toBeGreaterThanOrEqual(128)
    expect(RECOVERY_KEY_BITS).toBe(160)
    for (let i = 0; i < 50; i++) {
      const key = generateRecoveryKey()
      expect(key).toMatch(SHAPE)
      expect(bitsOf(key)).toHaveLength(160)
      expect(normalizeRecoveryKey(key)).toBe(key)
    }
  })

  it('is different each time and uses every bit', () => {
    const keys = Array.from({ length: 400 }, generateRecoveryKey)
    expect(new Set(keys).size).toBe(keys.length)
    // Each of the 160 bit positions is sometimes 0 and sometimes 1 (a fixed bit would
    // fail with probability 2^-399).
    const bits = keys.map(bitsOf)
    for (let i = 0; i < 160; i++) {
      expect(new Set(bits.map((b) => b[i])).size).toBe(2)
    }
  })
})

describe('normalizeRecoveryKey', () => {
  const key = 'A1B2-C3D4-E5F6-G7H8-J9K0-MNPQ-RSTV-WXYZ'

  it('accepts lower case, spaces or dashes anywhere, and confusable letters', () => {
    expect(normalizeRecoveryKey(key)).toBe(key)
    expect(normalizeRecoveryKey(key.toLowerCase())).toBe(key)
    expect(normalizeRecoveryKey(key.replaceAll('-', ' '))).toBe(key)
    expect(normalizeRecoveryKey(key.replaceAll('-', ''))).toBe(key)
    expect(
      normalizeRecoveryKey(`  ${key.toLowerCase().replaceAll('-', '').split('').join(' ')} `),
    ).toBe(key)
    expect(normalizeRecoveryKey('a1b2c3-d4e5f6g7 h8j9k0mn-pqrs tvwxyz')).toBe(key)
    expect(normalizeRecoveryKey('0000-1111-0000-1111-0000-1111-0000-1111')).toBe(
      normalizeRecoveryKey('oOoO-iIlL-0o0O-1i1L-OOOO-IIII-oooo-llll'),
    )
  })

  it('returns null when it is not 32 valid characters', () => {
    for (const bad of [
      '',
      'correct horse battery staple',
      key.slice(0, -1),
      `${key}0`,
      key.replace('A', 'U'),
      key.replace('A', '*'),
      key.replace('-', '_'),
    ]) {
      expect(normalizeRecoveryKey(bad), bad).toBeNull()
      expect(looksLikeRecoveryKey(bad), bad).toBe(false)
    }
    expect(looksLikeRecoveryKey(key.toLowerCase())).toBe(true)
  })

  it('gives the canonical key back however a generated one is retyped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 33, maxLength: 33 }),
        fc.boolean(),
        (separators, lower) => {
          const keyNow = generateRecoveryKey()
          const chars = [...keyNow.replaceAll('-', '')]
          let typed: string = separators[0]!
          chars.forEach((char, i) => (typed += char + separators[i + 1]!))
          if (lower) typed = typed.toLowerCase()
          expect(normalizeRecoveryKey(typed)).toBe(keyNow)
        },
      ),
    )
  })
})
