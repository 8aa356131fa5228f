// The key derivation's numbers are part of the stored format: a journal sealed today must open
// after an upgrade. The known answers were printed by the Debian argon2 reference CLI:
//   echo -n 'correct horse battery staple' | argon2 leadlog-kat-salt -id -m 16 -t 3 -p 1 -l 32 -r
//   echo -n 'Ünïcödé pässphrase' | argon2 leadlog-kat-salt -id -m 10 -t 1 -p 1 -l 32 -r
import { describe, expect, it } from 'vitest'
import {
  deriveKeyBytes,
  KDF_DEFAULTS,
  KEY_BYTES,
  newKdfParams,
  SALT_BYTES,
  SealError,
  type KdfParams,
} from '../../../../shared/crypto'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const KAT_SALT = Buffer.from('leadlog-kat-salt').toString('base64')

describe('KDF_DEFAULTS and newKdfParams', () => {
  it('are Argon2id with 64 MiB, 3 passes and one lane', () => {
    expect(KDF_DEFAULTS).toEqual({
      algorithm: 'argon2id',
      memoryKiB: 65536,
      passes: 3,
      parallelism: 1,
    })
    expect(SALT_BYTES).toBe(16)
    expect(KEY_BYTES).toBe(32)
  })

  it('make a fresh 16-byte salt each call, with the defaults', () => {
    const params = Array.from({ length: 20 }, () => newKdfParams())
    for (const p of params) {
      expect(Buffer.from(p.salt, 'base64')).toHaveLength(16)
      expect({ ...p, salt: 'x' }).toEqual({ ...KDF_DEFAULTS, salt: 'x' })
    }
    expect(new Set(params.map((p) => p.salt)).size).toBe(params.length)
  })

  it('take overrides for memory, passes and lanes, never the algorithm', () => {
    const params = newKdfParams({ memoryKiB: 1024, passes: 1, parallelism: 2 })
    expect(params).toMatchObject({
      algorithm: 'argon2id',
      memoryKiB: 1024,
      passes: 1,
      parallelism: 2,
    })
  })
})

describe('deriveKeyBytes', () => {
  it('with the defaults gives the reference Argon2id output', async () => {
    const params: KdfParams = { ...KDF_DEFAULTS, salt: KAT_SALT }
    const key = await deriveKeyBytes('correct horse battery staple', params)
    expect(key).toHaveLength(32)
    expect(hex(key)).toBe('7dbecda318744804c62993f23331d1766b89b0c4894f467a26696564bc8a7970')
  })

  it('normalises the secret to NFC first, so é typed either way is the same key', async () => {
    const params: KdfParams = {
      algorithm: 'argon2id',
      memoryKiB: 1024,
      passes: 1,
      parallelism: 1,
      salt: KAT_SALT,
    }
    const composed = 'Ünïcödé pässphrase'.normalize('NFC')
    const decomposed = composed.normalize('NFD')
    expect(decomposed).not.toBe(composed)
    const expected = '30bcdd6d331fe2c1b8da4bcc6d3c3c49e45cc88c48e7acbbdd2b741b8c853cd1'
    expect(hex(await deriveKeyBytes(composed, params))).toBe(expected)
    expect(hex(await deriveKeyBytes(decomposed, params))).toBe(expected)
  })

  it('depends on the salt', async () => {
    const a = newKdfParams({ memoryKiB: 64, passes: 1 })
    const b = newKdfParams({ memoryKiB: 64, passes: 1 })
    expect(hex(await deriveKeyBytes('same', a))).not.toBe(hex(await deriveKeyBytes('same', b)))
  })

  it('refuses settings outside the limits or a salt of the wrong length', async () => {
    const good = newKdfParams({ memoryKiB: 64, passes: 1 })
    const bad: KdfParams[] = [
      { ...good, salt: Buffer.alloc(8).toString('base64') },
      { ...good, salt: 'not base64!' },
      { ...good, memoryKiB: 4 * 1024 * 1024 + 1 },
      { ...good, memoryKiB: 4 },
      { ...good, passes: 0 },
      { ...good, passes: 101 },
      { ...good, passes: 1.5 },
      { ...good, parallelism: 0 },
      { ...good, memoryKiB: 64, parallelism: 16 },
      { ...good, algorithm: 'argon2i' as 'argon2id' },
    ]
    for (const params of bad) {
      await expect(deriveKeyBytes('secret', params), JSON.stringify(params)).rejects.toThrow(
        SealError,
      )
    }
  })
})
