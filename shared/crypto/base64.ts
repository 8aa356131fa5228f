// Standard base64 (RFC 4648, with padding) without Buffer, so it runs in the browser too.
// No String.fromCharCode.apply and no string concatenation per byte: the output is written as
// ASCII bytes and decoded once, so a 12 MB backup needs no chunks and no deep call stack.
// Decoding is strict and canonical (no whitespace, no missing padding, unused bits zero), so
// one text has one meaning: a changed character never decodes to the same bytes.
import { z } from 'zod'
import { utf8Decoder } from './runtime'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ENCODE = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0))
const DECODE = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i
const PAD = 61 // '='

export class Base64Error extends Error {
  override readonly name = 'Base64Error'
}

export function bytesToBase64(bytes: Uint8Array): string {
  const length = bytes.length
  const out = new Uint8Array(Math.ceil(length / 3) * 4)
  const whole = length - (length % 3)
  let o = 0
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out[o++] = ENCODE[n >>> 18]!
    out[o++] = ENCODE[(n >>> 12) & 63]!
    out[o++] = ENCODE[(n >>> 6) & 63]!
    out[o++] = ENCODE[n & 63]!
  }
  if (length - whole === 1) {
    const n = bytes[whole]! << 16
    out[o++] = ENCODE[n >>> 18]!
    out[o++] = ENCODE[(n >>> 12) & 63]!
    out[o++] = PAD
    out[o++] = PAD
  } else if (length - whole === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8)
    out[o++] = ENCODE[n >>> 18]!
    out[o++] = ENCODE[(n >>> 12) & 63]!
    out[o++] = ENCODE[(n >>> 6) & 63]!
    out[o++] = PAD
  }
  return utf8Decoder.decode(out)
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index)
  const value = code < 128 ? DECODE[code]! : -1
  if (value < 0) throw new Base64Error(`not a base64 character at position ${index + 1}`)
  return value
}

/** The number of bytes `text` decodes to, or -1 when it is not canonical base64. */
export function base64ByteLength(text: string): number {
  try {
    return base64ToBytes(text).length
  } catch {
    return -1
  }
}

export function base64ToBytes(text: string): Uint8Array {
  const length = text.length
  if (length % 4 !== 0) throw new Base64Error('its length is not a multiple of 4')
  let pad = 0
  if (length > 0 && text.charCodeAt(length - 1) === PAD) {
    pad = text.charCodeAt(length - 2) === PAD ? 2 : 1
  }
  const out = new Uint8Array((length / 4) * 3 - pad)
  const whole = pad === 0 ? length : length - 4
  let o = 0
  for (let i = 0; i < whole; i += 4) {
    const n =
      (sextet(text, i) << 18) |
      (sextet(text, i + 1) << 12) |
      (sextet(text, i + 2) << 6) |
      sextet(text, i + 3)
    out[o++] = n >>> 16
    out[o++] = (n >>> 8) & 255
    out[o++] = n & 255
  }
  if (pad > 0) {
    const a = sextet(text, whole)
    const b = sextet(text, whole + 1)
    if (pad === 2) {
      if ((b & 15) !== 0) throw new Base64Error('its last character is not canonical')
      out[o++] = (a << 2) | (b >>> 4)
    } else {
      const c = sextet(text, whole + 2)
      if ((c & 3) !== 0) throw new Base64Error('its last character is not canonical')
      out[o++] = (a << 2) | (b >>> 4)
      out[o++] = ((b & 15) << 4) | (c >>> 2)
    }
  }
  return out
}

/** A zod field: canonical base64 of exactly `bytes` bytes. */
export function base64Field(bytes: number) {
  return z.string().refine((text) => base64ByteLength(text) === bytes, {
    message: `must be ${bytes} bytes written in base64`,
  })
}
