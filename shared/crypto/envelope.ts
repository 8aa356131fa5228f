// One sealed value. The scheme: JSON text of the value, UTF-8, encrypted with AES-256-GCM
// (WebCrypto) under the data key, with a fresh random 96-bit IV per seal and the record's
// place ('leadlog/v1/<table>/<id>') as additional data, so a sealed record copied to another
// id or table does not open. Stored as { v: 1, iv, ct } with ct = ciphertext || 128-bit tag;
// as text 'v1.' + base64(iv) + '.' + base64(ct).
import { Base64Error, base64ToBytes, bytesToBase64 } from './base64'
import { SealError } from './errors'
import { ENVELOPE_VERSION, IV_BYTES, KEY_BYTES, TAG_BYTES } from './params'
import { type CryptoKey, randomBytes, subtle, utf8Decoder, utf8Encoder } from './runtime'

export interface SealedValue {
  v: 1
  iv: Uint8Array
  /** the ciphertext followed by the 16-byte tag */
  ct: Uint8Array
}

export function randomKeyBytes(): Uint8Array {
  return randomBytes(KEY_BYTES)
}

/** AES-GCM 256; not extractable, so the key cannot be read back out of WebCrypto. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== KEY_BYTES) throw new RangeError(`An AES key must be ${KEY_BYTES} bytes.`)
  return subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
}

export function recordAad(table: string, id: string): string {
  // A table name with '/' would make 'a' + 'b/c' and 'a/b' + 'c' the same place.
  if (table === '' || table.includes('/')) throw new RangeError(`Not a table name: "${table}"`)
  return `leadlog/v1/${table}/${id}`
}

/** Realm-proof: a Uint8Array from IndexedDB or jsdom is not `instanceof` this realm's. */
function isBytes(x: unknown): x is Uint8Array {
  return ArrayBuffer.isView(x) && Object.prototype.toString.call(x) === '[object Uint8Array]'
}

export function isSealedValue(x: unknown): x is SealedValue {
  if (typeof x !== 'object' || x === null) return false
  const { v, iv, ct } = x as Record<string, unknown>
  return (
    v === ENVELOPE_VERSION &&
    isBytes(iv) &&
    iv.length === IV_BYTES &&
    isBytes(ct) &&
    ct.length >= TAG_BYTES
  )
}

/**
 * @param iv only for known-answer tests; a reused IV under one key breaks AES-GCM, so the app
 * never passes one.
 */
export async function sealValue(
  key: CryptoKey,
  value: unknown,
  aad: string,
  iv: Uint8Array = randomBytes(IV_BYTES),
): Promise<SealedValue> {
  if (iv.length !== IV_BYTES) throw new RangeError(`An IV must be ${IV_BYTES} bytes.`)
  const json = JSON.stringify(value) as string | undefined
  if (json === undefined) throw new TypeError('Only a JSON value can be sealed.')
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8Encoder.encode(aad) },
    key,
    utf8Encoder.encode(json),
  )
  return { v: ENVELOPE_VERSION, iv, ct: new Uint8Array(ct) }
}

function checkEnvelope(sealed: unknown): asserts sealed is SealedValue {
  if (isSealedValue(sealed)) return
  const v = typeof sealed === 'object' && sealed !== null ? (sealed as { v?: unknown }).v : null
  if (typeof v === 'number' && v !== ENVELOPE_VERSION) throw new SealError('unknown-version')
  throw new SealError('malformed')
}

export async function openValue(
  key: CryptoKey,
  sealed: SealedValue,
  aad: string,
): Promise<unknown> {
  checkEnvelope(sealed)
  let plain: ArrayBuffer
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8Encoder.encode(aad) },
      key,
      sealed.ct,
    )
  } catch (cause) {
    throw new SealError('wrong-key-or-tampered', undefined, { cause })
  }
  try {
    return JSON.parse(utf8Decoder.decode(plain))
  } catch (cause) {
    // Authentic but not JSON: only a writer with the key and a bug could make this.
    throw new SealError('malformed', undefined, { cause })
  }
}

export function sealedToText(sealed: SealedValue): string {
  checkEnvelope(sealed)
  return `v${ENVELOPE_VERSION}.${bytesToBase64(sealed.iv)}.${bytesToBase64(sealed.ct)}`
}

const VERSION_PREFIX = /^v(\d{1,9})\./

export function sealedFromText(text: string): SealedValue {
  const version = VERSION_PREFIX.exec(text)
  if (version && Number(version[1]) !== ENVELOPE_VERSION) throw new SealError('unknown-version')
  const parts = text.split('.')
  if (parts.length !== 3 || parts[0] !== `v${ENVELOPE_VERSION}`) throw new SealError('malformed')
  let sealed: SealedValue
  try {
    sealed = { v: ENVELOPE_VERSION, iv: base64ToBytes(parts[1]!), ct: base64ToBytes(parts[2]!) }
  } catch (cause) {
    if (cause instanceof Base64Error) throw new SealError('malformed', undefined, { cause })
    throw cause
  }
  checkEnvelope(sealed)
  return sealed
}
