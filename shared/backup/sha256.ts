// SHA-256 (FIPS 180-4) over text, synchronously. A backup's checksum is checked inside
// parseBackup, which is synchronous and runs in a worker or in the main process, so
// WebCrypto's promise-only digest does not fit; this is the plain algorithm, tested
// against the standard's known answers (tests/unit/shared/backup/sha256.test.ts).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

interface Encoder {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number }
}
// TextEncoder exists in Node and in browsers; shared/ has no DOM or Node typings.
const TextEncoderClass = (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder

/** Hashes the 64-byte blocks of `bytes` from `offset` while at least one block is left. */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, end: number): number {
  let offset = 0
  while (end - offset >= 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4
      w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!
      const b = w[i - 2]!
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0
    }
    let a = state[0]!
    let b = state[1]!
    let c = state[2]!
    let d = state[3]!
    let e = state[4]!
    let f = state[5]!
    let g = state[6]!
    let h = state[7]!
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    state[0] = (state[0]! + a) | 0
    state[1] = (state[1]! + b) | 0
    state[2] = (state[2]! + c) | 0
    state[3] = (state[3]! + d) | 0
    state[4] = (state[4]! + e) | 0
    state[5] = (state[5]! + f) | 0
    state[6] = (state[6]! + g) | 0
    state[7] = (state[7]! + h) | 0
    offset += 64
  }
  return offset
}

/** Characters encoded per round: bounded memory however long the text is. */
const CHUNK_CHARS = 1 << 20

/**
 * The SHA-256 of the UTF-8 bytes of `text` (or of its parts one after another, which
 * spares joining a 150 MB text into a copy), as 64 lowercase hexadecimal digits.
 */
export function sha256Hex(text: string | readonly string[]): string {
  const state = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ])
  const w = new Int32Array(64)
  const encoder = new TextEncoderClass()
  // Room for one chunk at three bytes per UTF-16 unit, plus a partial block carried over.
  const buffer = new Uint8Array(CHUNK_CHARS * 3 + 128)
  let carried = 0
  let total = 0
  for (const part of typeof text === 'string' ? [text] : text) {
    for (let start = 0; start < part.length;) {
      let end = Math.min(start + CHUNK_CHARS, part.length)
      // Never split a surrogate pair between chunks: each half alone would become U+FFFD.
      const last = part.charCodeAt(end - 1)
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end--
      const { written } = encoder.encodeInto(part.slice(start, end), buffer.subarray(carried))
      total += written
      const filled = carried + written
      const used = compress(state, w, buffer, filled)
      buffer.copyWithin(0, used, filled)
      carried = filled - used
      start = end
    }
  }
  // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number.
  buffer[carried++] = 0x80
  while (carried % 64 !== 56) buffer[carried++] = 0
  const bits = total * 8
  const high = Math.floor(bits / 0x100000000)
  for (let i = 0; i < 4; i++) buffer[carried++] = (high >>> (24 - i * 8)) & 0xff
  for (let i = 0; i < 4; i++) buffer[carried++] = (bits >>> (24 - i * 8)) & 0xff
  compress(state, w, buffer, carried)
  let hex = ''
  for (let i = 0; i < 8; i++) hex += (state[i]! >>> 0).toString(16).padStart(8, '0')
  return hex
}
