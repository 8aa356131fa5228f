// Passphrase (or recovery key) to key bytes: Argon2id through hash-wasm's WASM, which runs the
// same in Node, in the renderer and in a worker.
import { argon2id } from 'hash-wasm'
import { z } from 'zod'
import { base64Field, base64ToBytes, bytesToBase64 } from './base64'
import { SealError } from './errors'
import { KDF_DEFAULTS, KDF_LIMITS, KEY_BYTES, SALT_BYTES } from './params'
import { randomBytes, utf8Encoder } from './runtime'

export interface KdfParams {
  algorithm: 'argon2id'
  memoryKiB: number
  passes: number
  parallelism: number
  /** base64 of SALT_BYTES random bytes */
  salt: string
}

/** What a caller may change; tests use small memory to stay fast. */
export type KdfOverrides = Partial<Omit<KdfParams, 'salt' | 'algorithm'>>

export type DeriveKeyBytes = (secret: string, params: KdfParams) => Promise<Uint8Array>

const { memoryKiB, passes, parallelism } = KDF_LIMITS

export const kdfParamsSchema = z
  .strictObject({
    algorithm: z.literal('argon2id'),
    memoryKiB: z.int().min(memoryKiB.min).max(memoryKiB.max),
    passes: z.int().min(passes.min).max(passes.max),
    parallelism: z.int().min(parallelism.min).max(parallelism.max),
    salt: base64Field(SALT_BYTES),
  })
  .refine((params) => params.memoryKiB >= 8 * params.parallelism, {
    message: 'must be at least 8 KiB for each lane (parallelism)',
    path: ['memoryKiB'],
  }) satisfies z.ZodType<KdfParams>

export function newKdfParams(overrides: KdfOverrides = {}): KdfParams {
  return {
    algorithm: KDF_DEFAULTS.algorithm,
    memoryKiB: overrides.memoryKiB ?? KDF_DEFAULTS.memoryKiB,
    passes: overrides.passes ?? KDF_DEFAULTS.passes,
    parallelism: overrides.parallelism ?? KDF_DEFAULTS.parallelism,
    salt: bytesToBase64(randomBytes(SALT_BYTES)),
  }
}

/**
 * Argon2id of the NFC-normalised secret, KEY_BYTES long. Any parameters within KDF_LIMITS are
 * accepted, so a slot written with other numbers still opens; new slots get KDF_DEFAULTS from
 * newKdfParams.
 */
export const deriveKeyBytes: DeriveKeyBytes = async (secret, params) => {
  const checked = kdfParamsSchema.safeParse(params)
  if (!checked.success) {
    const where = checked.error.issues.map((issue) => issue.path.join('.') || 'params').join(', ')
    throw new SealError('malformed', `The key derivation settings are not valid (${where}).`)
  }
  // The same passphrase typed on another keyboard may arrive composed differently (é or e + ´).
  const password = utf8Encoder.encode(secret.normalize('NFC'))
  try {
    return await argon2id({
      password,
      salt: base64ToBytes(checked.data.salt),
      iterations: checked.data.passes,
      parallelism: checked.data.parallelism,
      memorySize: checked.data.memoryKiB,
      hashLength: KEY_BYTES,
      outputType: 'binary',
    })
  } finally {
    password.fill(0)
  }
}
