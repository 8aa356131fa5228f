// A backup file's bytes to text, refusing invalid UTF-8. Decoders replace a bad byte
// with U+FFFD without a word, so a damaged file would restore with some characters
// silently changed; a backup Leadlog wrote is always valid UTF-8, so one that is not
// was damaged or is not a backup. The main process and the browser's file picker both
// read files through here.

interface Decoder {
  decode(bytes: Uint8Array): string
}
// TextDecoder exists in Node and in browsers; shared/ has no DOM or Node typings.
const TextDecoderClass = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Decoder
  }
).TextDecoder

/** The offset of the first byte that does not belong to valid UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i
    i += need + 1
  }
  return -1
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string }

/** The text of a file, or why it is not UTF-8 text (to follow the file's name). */
export function decodeBackupBytes(bytes: Uint8Array): DecodeResult {
  try {
    return {
      ok: true,
      text: new TextDecoderClass('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
    }
  } catch {
    const at = firstInvalidUtf8Byte(bytes)
    const place = at >= 0 ? ` at byte ${(at + 1).toLocaleString('en')}` : ''
    return {
      ok: false,
      message: `is not valid UTF-8 text${place}: the file is damaged or is not a Leadlog backup (Leadlog always writes UTF-8), and restoring it would silently change characters`,
    }
  }
}
