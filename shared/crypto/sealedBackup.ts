// An encrypted backup file. The scheme: a clear JSON header that names the format and version
// and holds the backup's own keyring (a separate random backup key wrapped by the passphrase
// and by the recovery key, each with its own salt: nothing a person wrote), then the whole
// plain backup JSON text sealed with AES-256-GCM under the backup key, a fresh 96-bit IV, and
// the canonical header text as additional data, so no part of the header can be swapped.
import { z } from 'zod'
import { Base64Error, base64Field, base64ToBytes, bytesToBase64 } from './base64'
import { importAesKey } from './envelope'
import { SealError, type SealProblem } from './errors'
import type { DeriveKeyBytes } from './kdf'
import { keyringSchema, unlockKeyring, type Keyring } from './keyring'
import { IV_BYTES, TAG_BYTES } from './params'
import { randomBytes, subtle, utf8Decoder, utf8Encoder } from './runtime'

export const SEALED_BACKUP_FORMAT = 'leadlog-encrypted-backup'
export const SEALED_BACKUP_VERSION = 1
/** The plain backup's format (shared/backup), named here only to say what a file is. */
const PLAIN_BACKUP_FORMAT = 'leadlog-backup'

export interface SealedBackupFile {
  format: typeof SEALED_BACKUP_FORMAT
  version: 1
  keyring: Keyring
  /** base64, IV_BYTES */
  iv: string
  /** base64 of the UTF-8 backup text encrypted, then the 16-byte tag */
  ciphertext: string
}

export const sealedBackupFileSchema = z.strictObject({
  format: z.literal(SEALED_BACKUP_FORMAT),
  version: z.literal(SEALED_BACKUP_VERSION),
  keyring: keyringSchema,
  iv: base64Field(IV_BYTES),
  // Decoded once after the parse: a 16 MB string is not worth checking twice.
  ciphertext: z.string().min(1),
}) satisfies z.ZodType<SealedBackupFile>

const WRONG_SECRET =
  'The passphrase or recovery key does not open this backup, or the file was changed after it was written.'

/** The header as text with a fixed key order: what was written is what is checked. */
function headerAad(keyring: Keyring): Uint8Array {
  const header = {
    format: SEALED_BACKUP_FORMAT,
    version: SEALED_BACKUP_VERSION,
    keyring: {
      version: keyring.version,
      slots: keyring.slots.map((slot) => ({
        kind: slot.kind,
        kdf: {
          algorithm: slot.kdf.algorithm,
          memoryKiB: slot.kdf.memoryKiB,
          passes: slot.kdf.passes,
          parallelism: slot.kdf.parallelism,
          salt: slot.kdf.salt,
        },
        iv: slot.iv,
        wrapped: slot.wrapped,
      })),
    },
  }
  return utf8Encoder.encode(JSON.stringify(header))
}

/**
 * `keyring` is the backup's own keyring, wrapping `backupKeyBytes` (not the journal's data
 * key), so a backup never carries the key to the journal on disk.
 */
export async function sealBackupText(
  backupKeyBytes: Uint8Array,
  keyring: Keyring,
  text: string,
): Promise<string> {
  const checked = keyringSchema.parse(keyring)
  const key = await importAesKey(backupKeyBytes)
  const iv = randomBytes(IV_BYTES)
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: headerAad(checked) },
    key,
    utf8Encoder.encode(text),
  )
  const file: SealedBackupFile = {
    format: SEALED_BACKUP_FORMAT,
    version: SEALED_BACKUP_VERSION,
    keyring: checked,
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

// The format must be the first field, as sealBackupText writes it: a plain backup's first
// field is another, so a note quoting this format further down never matches.
const SEALED_START = /^\uFEFF?\s*\{\s*"format"\s*:\s*"leadlog-encrypted-backup"\s*[,}]/

/** Cheap: reads only the start of the text. */
export function isSealedBackupText(text: string): boolean {
  return SEALED_START.test(text.slice(0, 200))
}

function malformed(message: string, problems: readonly SealProblem[] = []): SealError {
  return new SealError('malformed', message, { problems })
}

function pathOf(segments: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? String(segment) : `.${String(segment)}`
  }
  return out || '(the file)'
}

function problemsOf(error: z.ZodError): SealProblem[] {
  const problems: SealProblem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: pathOf([...issue.path, key]),
          message: 'is not a field Leadlog knows',
        })
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      problems.push({ path: pathOf(issue.path), message: 'is missing' })
    } else {
      problems.push({ path: pathOf(issue.path), message: issue.message })
    }
  }
  return problems
}

function readFile(text: string): SealedBackupFile & { ciphertextBytes: Uint8Array } {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw malformed('This file is not an encrypted Leadlog backup: it is not JSON text.')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw malformed('This file is not an encrypted Leadlog backup: it holds no header.')
  }
  const { format, version } = data as { format?: unknown; version?: unknown }
  if (format === PLAIN_BACKUP_FORMAT) {
    throw malformed('This is a plain Leadlog backup, not an encrypted one: open it as a backup.')
  }
  if (format !== SEALED_BACKUP_FORMAT) {
    throw malformed('This file is not an encrypted Leadlog backup: its format is not named.')
  }
  if (typeof version === 'number' && version !== SEALED_BACKUP_VERSION) {
    throw new SealError(
      'unknown-version',
      `This encrypted backup was written by a newer Leadlog (version ${version}). Update Leadlog to open it.`,
    )
  }
  const parsed = sealedBackupFileSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    const problems = problemsOf(parsed.error)
    const list = problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')
    throw malformed(`This encrypted backup is damaged: ${list}.`, problems)
  }
  let ciphertextBytes: Uint8Array
  try {
    ciphertextBytes = base64ToBytes(parsed.data.ciphertext)
  } catch (cause) {
    if (!(cause instanceof Base64Error)) throw cause
    const problem = { path: 'ciphertext', message: `is not valid base64: ${cause.message}` }
    throw malformed(`This encrypted backup is damaged: ciphertext ${problem.message}.`, [problem])
  }
  if (ciphertextBytes.length < TAG_BYTES) {
    const problem = { path: 'ciphertext', message: 'is too short to hold a sealed backup' }
    throw malformed(`This encrypted backup is damaged: ciphertext ${problem.message}.`, [problem])
  }
  return { ...parsed.data, ciphertextBytes }
}

/** The plain backup text, with the passphrase or the recovery key. Throws SealError. */
export async function openSealedBackupText(
  text: string,
  secret: string,
  options: { derive?: DeriveKeyBytes } = {},
): Promise<string> {
  const file = readFile(text)
  const keyBytes = await unlockKeyring(file.keyring, secret, options)
  if (!keyBytes) throw new SealError('wrong-key-or-tampered', WRONG_SECRET)
  let plain: ArrayBuffer
  try {
    const key = await importAesKey(keyBytes)
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(file.iv), additionalData: headerAad(file.keyring) },
      key,
      file.ciphertextBytes,
    )
  } catch (cause) {
    throw new SealError('wrong-key-or-tampered', WRONG_SECRET, { cause })
  } finally {
    keyBytes.fill(0)
  }
  return utf8Decoder.decode(plain)
}
