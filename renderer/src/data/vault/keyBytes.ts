// Small keys (32 bytes) as the forms they travel in: base64 to the OS keychain, a list
// of numbers inside a sealed value.
import { z } from 'zod'
import { base64ToBytes, bytesToBase64 } from '../../../../shared/crypto'

export const keyToBase64 = bytesToBase64

/** The key's bytes, or null when the text is not 32 bytes of strict base64. */
export function keyFromBase64(text: string): Uint8Array | null {
  try {
    const bytes = base64ToBytes(text)
    return bytes.length === 32 ? bytes : null
  } catch {
    return null
  }
}

const keyListSchema = z.array(z.number().int().min(0).max(255)).length(32)

/** A key sealed as a value is stored as its 32 byte values. */
export function keyToList(bytes: Uint8Array): number[] {
  return Array.from(bytes)
}

export function keyFromList(value: unknown): Uint8Array {
  return Uint8Array.from(keyListSchema.parse(value))
}
