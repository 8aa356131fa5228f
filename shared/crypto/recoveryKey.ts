// The recovery key: 160 random bits (more than the 128 that put guessing out of reach, with
// no KDF needed for that), written as 32 Crockford base32 characters in 8 groups of 4, e.g.
// 7K3M-Q9XD-…. Crockford's alphabet has no I, L, O or U, so a key read aloud or copied by hand
// survives: O is read as 0, I and L as 1, case, spaces and dashes do not matter.
import { randomBytes } from './runtime'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_KEY_BITS = 160
const CHARACTERS = RECOVERY_KEY_BITS / 5
const GROUP = 4

const CONFUSABLES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' }
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g

function grouped(characters: string): string {
  const groups: string[] = []
  for (let i = 0; i < characters.length; i += GROUP) groups.push(characters.slice(i, i + GROUP))
  return groups.join('-')
}

export function generateRecoveryKey(): string {
  const bytes = randomBytes(RECOVERY_KEY_BITS / 8)
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += ALPHABET[(buffer >>> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  return grouped(out)
}

/** The canonical form (upper case, 8 groups of 4 joined by '-'), or null. */
export function normalizeRecoveryKey(input: string): string | null {
  // NFKC turns full-width letters from some keyboards into plain ones.
  const compact = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase()
  if (compact.length !== CHARACTERS) return null
  let out = ''
  for (const char of compact) {
    const canonical = CONFUSABLES[char] ?? char
    if (!ALPHABET.includes(canonical)) return null
    out += canonical
  }
  return grouped(out)
}

export function looksLikeRecoveryKey(input: string): boolean {
  return normalizeRecoveryKey(input) !== null
}
