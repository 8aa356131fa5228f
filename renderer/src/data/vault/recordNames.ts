// Some records are found by a key that says something about the person: a promotion
// case's own words are kept under "promotion:<target role>". In an encrypted journal such
// keys are stored as an HMAC under a key derived from the data key, so the database shows
// an opaque name and the app still finds the record by computing it again.
import { bytesToBase64 } from '../../../../shared/crypto'

const NAME_INFO = new TextEncoder().encode('leadlog/v1/record-names')

/** The HMAC key for record names, derived (HKDF-SHA-256) from the data key's bytes. */
export async function deriveNameKey(dataKeyBytes: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    dataKeyBytes as Uint8Array<ArrayBuffer>,
    'HKDF',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: NAME_INFO },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  )
}

/** "~" and 128 bits of HMAC-SHA-256 over the table and key, in base64url. */
export async function opaqueName(nameKey: CryptoKey, table: string, key: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', nameKey, new TextEncoder().encode(`${table}/${key}`))
  const text = bytesToBase64(new Uint8Array(mac, 0, 16))
  return `~${text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}
