// The internal base64: RFC 4648's vectors, a round trip for any bytes, one text per value, and
// a journal-sized array in one go.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { base64ByteLength, base64ToBytes, bytesToBase64 } from '../../../../shared/crypto/base64'

const ascii = (text: string) => new TextEncoder().encode(text)

describe('bytesToBase64 and base64ToBytes', () => {
  it('give the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ]
    for (const [plain, encoded] of vectors) {
      expect(bytesToBase64(ascii(plain))).toBe(encoded)
      expect(base64ToBytes(encoded)).toEqual(ascii(plain))
    }
  })

  it('agree with Node for any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes)
        expect(text).toBe(Buffer.from(bytes).toString('base64'))
        expect(base64ToBytes(text)).toEqual(bytes)
      }),
    )
  })

  it('refuse what is not canonical base64, so a text has one meaning', () => {
    for (const bad of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Zm9v\n',
      ' Zm9v',
      'Zm-v',
      'Zm_v',
      'Zm9vé===',
      '====',
    ]) {
      expect(() => base64ToBytes(bad), bad).toThrow()
      expect(base64ByteLength(bad), bad).toBe(-1)
    }
    expect(base64ByteLength('Zm9vYmFy')).toBe(6)
  })

  it('any one changed character gives other bytes or is refused', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/='),
        (bytes, at, char) => {
          const text = bytesToBase64(bytes)
          const i = at % text.length
          fc.pre(text[i] !== char)
          const changed = text.slice(0, i) + char + text.slice(i + 1)
          const length = base64ByteLength(changed)
          if (length !== -1) expect(base64ToBytes(changed)).not.toEqual(bytes)
        },
      ),
    )
  })

  it('handle 12 MB without running out of stack', () => {
    const bytes = new Uint8Array(12 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >>> 8)) & 255
    const text = bytesToBase64(bytes)
    expect(text.length).toBe(16 * 1024 * 1024)
    expect(text.slice(-20)).toBe(Buffer.from(bytes.subarray(-15)).toString('base64'))
    // Buffer.equals, not toEqual: comparing 12 million elements one by one takes minutes.
    expect(Buffer.from(base64ToBytes(text)).equals(bytes)).toBe(true)
  })
})
