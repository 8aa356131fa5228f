// The keyring: two secrets for one data key, each in its own slot with its own salt.
import { describe, expect, it } from 'vitest'
import {
  createKeyring,
  deriveKeyBytes,
  generateRecoveryKey,
  KDF_LIMITS,
  keyringSchema,
  randomKeyBytes,
  replacePassphrase,
  replaceRecoveryKey,
  unlockKeyring,
  type DeriveKeyBytes,
  type Keyring,
} from '../../../../shared/crypto'

// Small Argon2 settings keep these tests fast; one test below uses the real defaults.
const kdf = { memoryKiB: 1024, passes: 1 }
const PASSPHRASE = 'Ünïcödé correct horse battery staple'
const hex = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString('hex') : null)

function counting(): { derive: DeriveKeyBytes; runs: () => number } {
  let runs = 0
  return {
    derive: (secret, params) => {
      runs += 1
      return deriveKeyBytes(secret, params)
    },
    runs: () => runs,
  }
}

async function setUp() {
  const keyBytes = randomKeyBytes()
  const recoveryKey = generateRecoveryKey()
  const keyring = await createKeyring(keyBytes, { passphrase: PASSPHRASE, recoveryKey }, { kdf })
  return { keyBytes, recoveryKey, keyring }
}

describe('createKeyring and unlockKeyring', () => {
  it('let both secrets unlock the same key bytes', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    expect(hex(await unlockKeyring(keyring, PASSPHRASE))).toBe(hex(keyBytes))
    expect(hex(await unlockKeyring(keyring, recoveryKey))).toBe(hex(keyBytes))
  })

  it('write two slots, each with its own fresh salt and IV, and no secret', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    expect(keyringSchema.parse(keyring)).toEqual(keyring)
    expect(keyring.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recovery'])
    const [a, b] = keyring.slots
    expect(a!.kdf.salt).not.toBe(b!.kdf.salt)
    expect(a!.iv).not.toBe(b!.iv)
    expect(a!.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 1024, passes: 1 })
    const stored = JSON.stringify(keyring)
    for (const secret of [PASSPHRASE, recoveryKey, recoveryKey.replaceAll('-', '')]) {
      expect(stored).not.toContain(secret)
    }
    expect(stored).not.toContain(Buffer.from(keyBytes).toString('base64'))
  })

  it('return null for a wrong passphrase or a wrong recovery key', async () => {
    const { keyring } = await setUp()
    expect(await unlockKeyring(keyring, 'wrong passphrase')).toBeNull()
    expect(await unlockKeyring(keyring, `${PASSPHRASE} `)).toBeNull()
    expect(await unlockKeyring(keyring, '')).toBeNull()
    expect(await unlockKeyring(keyring, generateRecoveryKey())).toBeNull()
  })

  it('accept the recovery key typed in lower case with spaces', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    const typed = ` ${recoveryKey.toLowerCase().replaceAll('-', ' ')} `
    expect(hex(await unlockKeyring(keyring, typed))).toBe(hex(keyBytes))
  })

  it('accept the passphrase in another Unicode composition', async () => {
    const { keyBytes, keyring } = await setUp()
    expect(hex(await unlockKeyring(keyring, PASSPHRASE.normalize('NFD')))).toBe(hex(keyBytes))
  })

  it('run Argon2 once per try, picking the slot by the shape of the secret', async () => {
    const { recoveryKey, keyring } = await setUp()
    for (const secret of [PASSPHRASE, 'wrong', recoveryKey]) {
      const counter = counting()
      await unlockKeyring(keyring, secret, counter)
      expect(counter.runs(), secret).toBe(1)
    }
  })

  it('open a passphrase that happens to look like a recovery key', async () => {
    const keyBytes = randomKeyBytes()
    const passphrase = generateRecoveryKey().toLowerCase()
    const keyring = await createKeyring(
      keyBytes,
      { passphrase, recoveryKey: generateRecoveryKey() },
      { kdf },
    )
    const counter = counting()
    expect(hex(await unlockKeyring(keyring, passphrase, counter))).toBe(hex(keyBytes))
    expect(counter.runs()).toBe(2)
  })

  it('use the real defaults when not told otherwise', async () => {
    const keyBytes = randomKeyBytes()
    const recoveryKey = generateRecoveryKey()
    const keyring = await createKeyring(keyBytes, { passphrase: PASSPHRASE, recoveryKey })
    for (const slot of keyring.slots) {
      expect(slot.kdf).toMatchObject({
        algorithm: 'argon2id',
        memoryKiB: 65536,
        passes: 3,
        parallelism: 1,
      })
    }
    expect(hex(await unlockKeyring(keyring, PASSPHRASE))).toBe(hex(keyBytes))
  })

  it('refuse a key that is not 32 bytes, an empty passphrase, a recovery key that is not one', async () => {
    const recoveryKey = generateRecoveryKey()
    await expect(
      createKeyring(new Uint8Array(16), { passphrase: 'p', recoveryKey }, { kdf }),
    ).rejects.toThrow(RangeError)
    await expect(
      createKeyring(randomKeyBytes(), { passphrase: '', recoveryKey }, { kdf }),
    ).rejects.toThrow(RangeError)
    await expect(
      createKeyring(randomKeyBytes(), { passphrase: 'p', recoveryKey: 'nope' }, { kdf }),
    ).rejects.toThrow(RangeError)
  })

  it('do not open a slot relabelled as the other kind', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    const recoverySlot = keyring.slots[1]!
    const alone: Keyring = { version: 1, slots: [recoverySlot] }
    expect(hex(await unlockKeyring(alone, recoveryKey))).toBe(hex(keyBytes))
    // The same bytes and the same secret, only the label changed: the additional data names
    // the kind, so the slot does not open.
    const relabelled: Keyring = { version: 1, slots: [{ ...recoverySlot, kind: 'passphrase' }] }
    expect(await unlockKeyring(relabelled, recoveryKey)).toBeNull()
  })
})

describe('replacePassphrase and replaceRecoveryKey', () => {
  it('replacePassphrase: the old one fails, the new one works, the recovery key still works', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    const next = await replacePassphrase(keyring, keyBytes, 'a new passphrase', { kdf })
    expect(await unlockKeyring(next, PASSPHRASE)).toBeNull()
    expect(hex(await unlockKeyring(next, 'a new passphrase'))).toBe(hex(keyBytes))
    expect(hex(await unlockKeyring(next, recoveryKey))).toBe(hex(keyBytes))
    expect(next.slots[1]).toEqual(keyring.slots[1])
    expect(next.slots[0]!.kdf.salt).not.toBe(keyring.slots[0]!.kdf.salt)
    expect(keyring.slots[0]!.kind).toBe('passphrase') // the old keyring is not changed
    expect(hex(await unlockKeyring(keyring, PASSPHRASE))).toBe(hex(keyBytes))
  })

  it('replaceRecoveryKey: the old one fails, the new one works, the passphrase still works', async () => {
    const { keyBytes, recoveryKey, keyring } = await setUp()
    const newKey = generateRecoveryKey()
    const next = await replaceRecoveryKey(keyring, keyBytes, newKey.toLowerCase(), { kdf })
    expect(await unlockKeyring(next, recoveryKey)).toBeNull()
    expect(hex(await unlockKeyring(next, newKey))).toBe(hex(keyBytes))
    expect(hex(await unlockKeyring(next, PASSPHRASE))).toBe(hex(keyBytes))
    expect(next.slots[0]).toEqual(keyring.slots[0])
  })
})

describe('keyringSchema', () => {
  async function stored(): Promise<Keyring> {
    return (await setUp()).keyring
  }

  function rejects(keyring: unknown, path: string) {
    const result = keyringSchema.safeParse(keyring)
    expect(result.success, path).toBe(false)
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain(path)
    }
  }

  it('accepts what createKeyring writes, after a JSON round trip', async () => {
    const keyring = await stored()
    expect(keyringSchema.parse(JSON.parse(JSON.stringify(keyring)))).toEqual(keyring)
  })

  it('rejects bad base64, wrong lengths, unknown kinds and algorithms', async () => {
    const keyring = await stored()
    const slot = keyring.slots[0]!
    const withSlot = (changes: object) => ({ ...keyring, slots: [{ ...slot, ...changes }] })
    const withKdf = (changes: object) => withSlot({ kdf: { ...slot.kdf, ...changes } })
    rejects(withSlot({ iv: 'not base64!!' }), 'slots.0.iv')
    rejects(withSlot({ iv: Buffer.alloc(16).toString('base64') }), 'slots.0.iv')
    rejects(withSlot({ iv: `${slot.iv}\n` }), 'slots.0.iv')
    rejects(withSlot({ wrapped: Buffer.alloc(32).toString('base64') }), 'slots.0.wrapped')
    rejects(withSlot({ wrapped: slot.wrapped.slice(0, -4) }), 'slots.0.wrapped')
    rejects(withSlot({ kind: 'fingerprint' }), 'slots.0.kind')
    rejects(withKdf({ salt: Buffer.alloc(15).toString('base64') }), 'slots.0.kdf.salt')
    rejects(withKdf({ salt: 'AAAA' }), 'slots.0.kdf.salt')
    rejects(withKdf({ algorithm: 'scrypt' }), 'slots.0.kdf.algorithm')
    rejects(withKdf({ memoryKiB: 4 * 1024 * 1024 + 1 }), 'slots.0.kdf.memoryKiB')
    rejects(withKdf({ memoryKiB: 0 }), 'slots.0.kdf.memoryKiB')
    rejects(withKdf({ passes: 101 }), 'slots.0.kdf.passes')
    rejects(withKdf({ passes: 2.5 }), 'slots.0.kdf.passes')
    rejects(withKdf({ parallelism: -1 }), 'slots.0.kdf.parallelism')
    rejects(withKdf({ passes: '3' }), 'slots.0.kdf.passes')
    rejects({ ...keyring, version: 2 }, 'version')
    rejects({ ...keyring, slots: [] }, 'slots')
    rejects({ ...keyring, slots: [slot, slot] }, 'slots')
    rejects({ ...keyring, extra: true }, '')
  })

  it('accepts the limits themselves', async () => {
    const keyring = await stored()
    const slot = keyring.slots[0]!
    const kdf = { ...slot.kdf, memoryKiB: KDF_LIMITS.memoryKiB.max, passes: KDF_LIMITS.passes.max }
    expect(keyringSchema.safeParse({ version: 1, slots: [{ ...slot, kdf }] }).success).toBe(true)
  })
})
