// A backup's checksum: the SHA-256 of the file's own UTF-8 bytes, with the checksum's 64
// digits read as zeros. It is the file as written, whitespace included, so any change
// after Leadlog wrote it (a flipped bit, a damaged copy, a hand edit) is caught on
// restore. An encrypted backup seals this same text, so the checksum covers the content
// of both kinds and is checked once the encrypted one is opened. It detects damage; it
// is not a signature (anyone can compute one), which is what encryption's tag is for.
import { canonicalJson } from './canonicalJson'
import { sha256Hex } from './sha256'

export const CHECKSUM_PREFIX = 'sha256-'
const ZEROS = '0'.repeat(64)
export const CHECKSUM_PLACEHOLDER = `${CHECKSUM_PREFIX}${ZEROS}`
const CHECKSUM_FORM = /^sha256-[0-9a-f]{64}$/

/**
 * Canonical JSON of `value` with its top-level checksum filled in. In canonical JSON the
 * only line that starts with exactly two spaces and "checksum" is the top-level field:
 * deeper fields are indented further, and a string holds no raw line break.
 */
export function canonicalJsonWithChecksum(value: Record<string, unknown>): string {
  const text = canonicalJson({ ...value, checksum: CHECKSUM_PLACEHOLDER })
  const marker = '\n  "checksum": "'
  const start = text.indexOf(marker) + marker.length + CHECKSUM_PREFIX.length
  const digest = sha256Hex(text)
  return `${text.slice(0, start)}${digest}${text.slice(start + ZEROS.length)}`
}

export type ChecksumVerdict = 'verified' | 'absent' | 'malformed' | 'mismatch'

/** Checks the checksum found at `at` (the offsets of its text between the quotes). */
export function verifyChecksum(
  text: string,
  at: { start: number; end: number } | null,
): ChecksumVerdict {
  if (!at) return 'absent'
  const written = text.slice(at.start, at.end)
  if (!CHECKSUM_FORM.test(written)) return 'malformed'
  const digestStart = at.start + CHECKSUM_PREFIX.length
  const actual = sha256Hex([text.slice(0, digestStart), ZEROS, text.slice(at.end)])
  return actual === written.slice(CHECKSUM_PREFIX.length) ? 'verified' : 'mismatch'
}
