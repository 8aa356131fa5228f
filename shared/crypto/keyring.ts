// The keyring. The scheme: a random 256-bit data key encrypts the journal; it is stored only
// wrapped. Each slot runs Argon2id on one secret (the passphrase, or the recovery key in its
// canonical form) with the slot's own 16-byte salt to get a key-encryption key, and holds the
// data key sealed with AES-256-GCM under it: a fresh 96-bit IV and the additional data
// 'leadlog/v1/slot/<kind>'. Either secret unlocks the same data key; changing one rewrites only
// its own slot, so nothing else has to be encrypted again.
import { z } from 'zod'
import { Base64Error, base64Field, base64ToBytes, bytesToBase64 } from './base64'
import { SealError } from './errors'
import {
  deriveKeyBytes,
  kdfParamsSchema,
  newKdfParams,
  type DeriveKeyBytes,
  type KdfOverrides,
  type KdfParams,
} from './kdf'
import { IV_BYTES, KEY_BYTES, TAG_BYTES } from './params'
import { normalizeRecoveryKey } from './recoveryKey'
import { randomBytes, subtle, utf8Encoder } from './runtime'

export type KeySlotKind = 'passphrase' | 'recovery'

export interface KeySlot {
  kind: KeySlotKind
  kdf: KdfParams
  /** base64, IV_BYTES */
  iv: string
  /** base64 of AES-GCM(key-encryption key, key bytes) with its tag: KEY_BYTES + TAG_BYTES */
  wrapped: string
}

export interface Keyring {
  version: 1
  slots: KeySlot[]
}

export interface UnlockOptions {
  derive?: DeriveKeyBytes
}

export interface KeyringOptions extends UnlockOptions {
  kdf?: KdfOverrides
}

export const keySlotSchema = z.strictObject({
  kind: z.enum(['passphrase', 'recovery']),
  kdf: kdfParamsSchema,
  iv: base64Field(IV_BYTES),
  wrapped: base64Field(KEY_BYTES + TAG_BYTES),
}) satisfies z.ZodType<KeySlot>

export const keyringSchema = z.strictObject({
  version: z.literal(1),
  slots: z
    .array(keySlotSchema)
    .min(1)
    .max(2)
    .refine((slots) => new Set(slots.map((slot) => slot.kind)).size === slots.length, {
      message: 'must hold at most one slot of each kind',
    }),
}) satisfies z.ZodType<Keyring>

function slotAad(kind: KeySlotKind): Uint8Array {
  return utf8Encoder.encode(`leadlog/v1/slot/${kind}`)
}

async function importKek(
  secret: string,
  kdf: KdfParams,
  derive: DeriveKeyBytes,
  usage: 'encrypt' | 'decrypt',
) {
  const raw = await derive(secret, kdf)
  try {
    return await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, [usage])
  } finally {
    raw.fill(0)
  }
}

async function makeSlot(
  kind: KeySlotKind,
  secret: string,
  keyBytes: Uint8Array,
  options: KeyringOptions,
): Promise<KeySlot> {
  const kdf = newKdfParams(options.kdf)
  const kek = await importKek(secret, kdf, options.derive ?? deriveKeyBytes, 'encrypt')
  const iv = randomBytes(IV_BYTES)
  const wrapped = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: slotAad(kind) },
    kek,
    keyBytes,
  )
  return { kind, kdf, iv: bytesToBase64(iv), wrapped: bytesToBase64(new Uint8Array(wrapped)) }
}

/** The key bytes, or null when the secret does not open this slot. */
async function openSlot(
  slot: KeySlot,
  secret: string,
  derive: DeriveKeyBytes,
): Promise<Uint8Array | null> {
  let iv: Uint8Array
  let wrapped: Uint8Array
  try {
    iv = base64ToBytes(slot.iv)
    wrapped = base64ToBytes(slot.wrapped)
  } catch (cause) {
    if (cause instanceof Base64Error) {
      throw new SealError('malformed', 'A key slot is damaged: it is not valid base64.', { cause })
    }
    throw cause
  }
  const kek = await importKek(secret, slot.kdf, derive, 'decrypt')
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: slotAad(slot.kind) },
      kek,
      wrapped,
    )
    return plain.byteLength === KEY_BYTES ? new Uint8Array(plain) : null
  } catch {
    return null
  }
}

function checkKeyBytes(keyBytes: Uint8Array): void {
  if (keyBytes.length !== KEY_BYTES) throw new RangeError(`A data key must be ${KEY_BYTES} bytes.`)
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length === 0) throw new RangeError('A passphrase cannot be empty.')
}

function canonicalRecoveryKey(recoveryKey: string): string {
  const canonical = normalizeRecoveryKey(recoveryKey)
  if (canonical === null) throw new RangeError('Not a recovery key.')
  return canonical
}

export async function createKeyring(
  keyBytes: Uint8Array,
  secrets: { passphrase: string; recoveryKey: string },
  options: KeyringOptions = {},
): Promise<Keyring> {
  checkKeyBytes(keyBytes)
  checkPassphrase(secrets.passphrase)
  const recoveryKey = canonicalRecoveryKey(secrets.recoveryKey)
  // One after the other: Argon2 in WASM takes one core, and each needs its 64 MiB.
  const passphraseSlot = await makeSlot('passphrase', secrets.passphrase, keyBytes, options)
  const recoverySlot = await makeSlot('recovery', recoveryKey, keyBytes, options)
  return { version: 1, slots: [passphraseSlot, recoverySlot] }
}

/**
 * The data key, or null when the secret opens no slot. One Argon2 run: a secret shaped like a
 * recovery key tries the recovery slot, anything else the passphrase slot. Only a secret that
 * looks like a recovery key and does not open that slot goes on to the passphrase slot, for
 * the person whose passphrase happens to look like one.
 */
export async function unlockKeyring(
  keyring: Keyring,
  secret: string,
  options: UnlockOptions = {},
): Promise<Uint8Array | null> {
  const derive = options.derive ?? deriveKeyBytes
  const recoverySlot = keyring.slots.find((slot) => slot.kind === 'recovery')
  const passphraseSlot = keyring.slots.find((slot) => slot.kind === 'passphrase')
  const recoveryKey = normalizeRecoveryKey(secret)
  if (recoveryKey !== null && recoverySlot) {
    const key = await openSlot(recoverySlot, recoveryKey, derive)
    if (key) return key
  }
  if (!passphraseSlot || secret.length === 0) return null
  return openSlot(passphraseSlot, secret, derive)
}

function withSlot(keyring: Keyring, slot: KeySlot): Keyring {
  const at = keyring.slots.findIndex((old) => old.kind === slot.kind)
  const slots = keyring.slots.slice()
  if (at === -1) slots.push(slot)
  else slots[at] = slot
  return { version: 1, slots }
}

/** A new passphrase slot with a new salt; the recovery slot is kept as it is. */
export async function replacePassphrase(
  keyring: Keyring,
  keyBytes: Uint8Array,
  newPassphrase: string,
  options: KeyringOptions = {},
): Promise<Keyring> {
  checkKeyBytes(keyBytes)
  checkPassphrase(newPassphrase)
  return withSlot(keyring, await makeSlot('passphrase', newPassphrase, keyBytes, options))
}

/** A new recovery slot with a new salt; the passphrase slot is kept as it is. */
export async function replaceRecoveryKey(
  keyring: Keyring,
  keyBytes: Uint8Array,
  newRecoveryKey: string,
  options: KeyringOptions = {},
): Promise<Keyring> {
  checkKeyBytes(keyBytes)
  const recoveryKey = canonicalRecoveryKey(newRecoveryKey)
  return withSlot(keyring, await makeSlot('recovery', recoveryKey, keyBytes, options))
}
