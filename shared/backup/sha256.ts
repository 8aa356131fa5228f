// SHA-256 over text, synchronously, with @noble/hashes (audited, no dependencies). A
// backup's checksum is checked inside parseBackup, which is synchronous and runs in a
// worker or in the main process, so WebCrypto's promise-only digest does not fit. The
// text is encoded to UTF-8 a chunk at a time, so a 150 MB backup is never copied whole.
import { sha256 } from '@noble/hashes/sha2'

interface Encoder {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number }
}
// TextEncoder exists in Node and in browsers; shared/ has no DOM or Node typings.
const TextEncoderClass = (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder

/** Characters encoded per round: bounded memory however long the text is. */
const CHUNK_CHARS = 1 << 20

function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/**
 * The SHA-256 of the UTF-8 bytes of `text` (or of its parts one after another, which
 * spares joining a 150 MB text into a copy), as 64 lowercase hexadecimal digits.
 */
export function sha256Hex(text: string | readonly string[]): string {
  const hash = sha256.create()
  const encoder = new TextEncoderClass()
  // Three bytes at most per UTF-16 unit (a surrogate pair is four bytes for two units).
  const buffer = new Uint8Array(CHUNK_CHARS * 3)
  for (const part of typeof text === 'string' ? [text] : text) {
    for (let start = 0; start < part.length;) {
      let end = Math.min(start + CHUNK_CHARS, part.length)
      // Never split a surrogate pair between chunks: each half alone would become U+FFFD.
      const last = part.charCodeAt(end - 1)
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end--
      const { written } = encoder.encodeInto(part.slice(start, end), buffer)
      hash.update(buffer.subarray(0, written))
      start = end
    }
  }
  return toHex(hash.digest())
}
