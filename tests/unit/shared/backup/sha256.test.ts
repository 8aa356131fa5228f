import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../../shared/backup/sha256'

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('gives the known answers of FIPS 180-4', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('hashes the UTF-8 bytes, across block and chunk edges and surrogate pairs', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const text = 'é'.repeat(length)
      expect(sha256Hex(text)).toBe(node(text))
    }
    // Over one encoding chunk (2^20 characters), with a pair straddling its edge.
    const long = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat(1000)}`
    expect(sha256Hex(long)).toBe(node(long))
  })
})
