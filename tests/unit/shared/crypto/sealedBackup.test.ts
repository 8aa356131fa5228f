// The encrypted backup file: it opens with either secret, refuses any change, says in plain
// words what is wrong with a file that is not one, and shows nothing that was written.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { serializeBackup } from '../../../../shared/backup'
import {
  base64ToBytes,
  bytesToBase64,
  createKeyring,
  generateRecoveryKey,
  isSealedBackupText,
  openSealedBackupText,
  randomKeyBytes,
  SEALED_BACKUP_FORMAT,
  sealBackupText,
  SealError,
  type SealedBackupFile,
} from '../../../../shared/crypto'
import { backupOf } from '../../../fixtures/backup'
import { generateJournal } from '../../../fixtures/generateJournal'
import { FIXTURE_AS_OF, fixtureJournal } from '../../../fixtures/journal'

const kdf = { memoryKiB: 1024, passes: 1 }
const PASSPHRASE = 'a long backup passphrase'
const MARKER = 'Zanzibar-quarterly-offsite'

const journal = fixtureJournal.map((entry, i) =>
  i === 0 ? { ...entry, notes: `${entry.notes ?? ''} ${MARKER}` } : entry,
)
const PLAIN = serializeBackup(backupOf(journal, FIXTURE_AS_OF))

async function sealed(text = PLAIN) {
  const backupKey = randomKeyBytes()
  const recoveryKey = generateRecoveryKey()
  const keyring = await createKeyring(backupKey, { passphrase: PASSPHRASE, recoveryKey }, { kdf })
  return { text: await sealBackupText(backupKey, keyring, text), recoveryKey }
}

const { text: SEALED, recoveryKey: RECOVERY_KEY } = await sealed()

async function failure(promise: Promise<unknown>): Promise<SealError> {
  const error = await promise.then(
    () => new Error('expected the backup to be refused'),
    (e: unknown) => e,
  )
  if (error instanceof SealError) return error
  throw error
}

function edit(change: (file: SealedBackupFile) => void): string {
  const file = JSON.parse(SEALED) as SealedBackupFile
  change(file)
  return JSON.stringify(file, null, 2)
}

/** One base64 character replaced by another that keeps the text valid base64. */
function changeChar(base64: string, at = Math.floor(base64.length / 2)): string {
  const replacement = base64[at] === 'A' ? 'B' : 'A'
  return base64.slice(0, at) + replacement + base64.slice(at + 1)
}

/**
 * Flips a bit of the last byte. Changing the last base64 character instead can touch only
 * the padding bits (which pad depends on the text's length), so it is not a real change.
 */
function flipLastByte(base64: string): string {
  const bytes = base64ToBytes(base64)
  bytes[bytes.length - 1]! ^= 1
  return bytesToBase64(bytes)
}

const WRONG =
  'The passphrase or recovery key does not open this backup, or the file was changed after it was written.'

describe('sealBackupText and openSealedBackupText', () => {
  it('give back the exact backup text with the passphrase', async () => {
    expect(await openSealedBackupText(SEALED, PASSPHRASE)).toBe(PLAIN)
  })

  it('give it back with the recovery key, typed any way', async () => {
    expect(await openSealedBackupText(SEALED, RECOVERY_KEY)).toBe(PLAIN)
    const typed = RECOVERY_KEY.toLowerCase().replaceAll('-', ' ')
    expect(await openSealedBackupText(SEALED, typed)).toBe(PLAIN)
  })

  it('write a clear header naming format and version, then only ciphertext', () => {
    const file = JSON.parse(SEALED) as SealedBackupFile
    expect(Object.keys(file)).toEqual(['format', 'version', 'keyring', 'iv', 'ciphertext'])
    expect(file.format).toBe(SEALED_BACKUP_FORMAT)
    expect(file.format).toBe('leadlog-encrypted-backup')
    expect(file.version).toBe(1)
    expect(file.keyring.slots.map((slot) => slot.kind)).toEqual(['passphrase', 'recovery'])
    expect(Buffer.from(file.iv, 'base64')).toHaveLength(12)
    expect(Buffer.from(file.ciphertext, 'base64').length).toBe(Buffer.byteLength(PLAIN) + 16)
  })

  it('show nothing that was in the plain text', () => {
    expect(PLAIN).toContain(MARKER)
    expect(SEALED).not.toContain(MARKER)
    for (const entry of fixtureJournal.slice(0, 5)) {
      expect(SEALED).not.toContain(entry.title)
      expect(SEALED).not.toContain(entry.id)
    }
    expect(SEALED).not.toContain(PASSPHRASE)
    expect(SEALED).not.toContain(RECOVERY_KEY)
  })

  it('seal the same text differently each time', async () => {
    const again = await sealed()
    expect(again.text).not.toBe(SEALED)
    expect(JSON.parse(again.text).iv).not.toBe(JSON.parse(SEALED).iv)
  })

  it('handle a 12 MB journal', { timeout: 120_000 }, async () => {
    const big = serializeBackup(
      backupOf(generateJournal({ count: 8_500, asOf: FIXTURE_AS_OF }), FIXTURE_AS_OF),
    )
    expect(big.length).toBeGreaterThan(12 * 1024 * 1024)
    const { text } = await sealed(big)
    expect(isSealedBackupText(text)).toBe(true)
    expect((await openSealedBackupText(text, PASSPHRASE)) === big).toBe(true)
  })

  it('refuse a wrong passphrase or recovery key, in plain words', async () => {
    for (const secret of ['a long backup passphrase!', '', generateRecoveryKey()]) {
      const error = await failure(openSealedBackupText(SEALED, secret))
      expect(error.reason).toBe('wrong-key-or-tampered')
      expect(error.message).toBe(WRONG)
    }
  })
})

describe('a changed sealed backup', () => {
  const refusals: [string, string][] = [
    [
      'one character of the ciphertext',
      edit((f) => {
        f.ciphertext = changeChar(f.ciphertext)
      }),
    ],
    [
      'the last byte of the ciphertext',
      edit((f) => {
        f.ciphertext = flipLastByte(f.ciphertext)
      }),
    ],
    [
      'one character of the IV',
      edit((f) => {
        f.iv = changeChar(f.iv, 3)
      }),
    ],
    [
      "one character of the recovery slot's wrapped key (opened with the passphrase)",
      edit((f) => {
        f.keyring.slots[1]!.wrapped = changeChar(f.keyring.slots[1]!.wrapped, 5)
      }),
    ],
    [
      "one character of the recovery slot's salt (opened with the passphrase)",
      edit((f) => {
        f.keyring.slots[1]!.kdf.salt = changeChar(f.keyring.slots[1]!.kdf.salt, 2)
      }),
    ],
    [
      "the recovery slot's Argon2 passes (opened with the passphrase)",
      edit((f) => {
        f.keyring.slots[1]!.kdf.passes = 2
      }),
    ],
    [
      'the recovery slot removed (opened with the passphrase)',
      edit((f) => {
        f.keyring.slots.pop()
      }),
    ],
    [
      "the passphrase slot's wrapped key",
      edit((f) => {
        f.keyring.slots[0]!.wrapped = changeChar(f.keyring.slots[0]!.wrapped, 5)
      }),
    ],
  ]

  for (const [what, text] of refusals) {
    it(`is refused: ${what}`, async () => {
      const error = await failure(openSealedBackupText(text, PASSPHRASE))
      expect(error.reason).toBe('wrong-key-or-tampered')
      expect(error.message).toBe(WRONG)
    })
  }

  it('is refused whatever single character of the ciphertext or IV changes', async () => {
    const file = JSON.parse(SEALED) as SealedBackupFile
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat(),
        fc.constantFrom(...'AQgw/+9z='),
        async (inIv, at, char) => {
          const field = inIv ? file.iv : file.ciphertext
          const i = at % field.length
          fc.pre(field[i] !== char)
          const changed = field.slice(0, i) + char + field.slice(i + 1)
          const text = JSON.stringify({ ...file, [inIv ? 'iv' : 'ciphertext']: changed })
          const error = await failure(openSealedBackupText(text, PASSPHRASE))
          expect(['wrong-key-or-tampered', 'malformed']).toContain(error.reason)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('still opens after a change of whitespace only', async () => {
    const compact = JSON.stringify(JSON.parse(SEALED))
    expect(await openSealedBackupText(compact, PASSPHRASE)).toBe(PLAIN)
  })
})

describe('a file that is not a sealed backup', () => {
  async function malformed(text: string): Promise<SealError> {
    const error = await failure(openSealedBackupText(text, PASSPHRASE))
    expect(error.reason).toBe('malformed')
    return error
  }

  it('says it is not JSON', async () => {
    expect((await malformed('this is not json')).message).toBe(
      'This file is not an encrypted Leadlog backup: it is not JSON text.',
    )
    expect((await malformed(SEALED.slice(0, 500))).message).toMatch(/not JSON/)
    expect((await malformed('[1, 2]')).message).toMatch(/holds no header/)
  })

  it('says a plain backup is a plain backup', async () => {
    expect((await malformed(PLAIN)).message).toBe(
      'This is a plain Leadlog backup, not an encrypted one: open it as a backup.',
    )
    expect((await malformed('{"format":"something-else"}')).message).toMatch(/format/)
  })

  it('names each missing or wrong field and where it is', async () => {
    const error = await malformed(
      edit((f) => {
        delete (f as Partial<SealedBackupFile>).iv
        f.keyring.slots[0]!.kdf.salt = 'short'
        ;(f.keyring.slots[1] as { kind: string }).kind = 'fingerprint'
        ;(f as unknown as Record<string, unknown>).comment = 'hello'
      }),
    )
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { path: 'iv', message: 'is missing' },
        { path: 'keyring.slots[0].kdf.salt', message: 'must be 16 bytes written in base64' },
        expect.objectContaining({ path: 'keyring.slots[1].kind' }),
        { path: 'comment', message: 'is not a field Leadlog knows' },
      ]),
    )
    expect(error.message).toMatch(/^This encrypted backup is damaged: /)
    expect(error.message).toContain('iv is missing')
    expect(error.message).toContain('keyring.slots[0].kdf.salt must be 16 bytes written in base64')
  })

  it('says when the ciphertext is not base64', async () => {
    const error = await malformed(
      edit((f) => {
        f.ciphertext = `${f.ciphertext.slice(0, 10)}*${f.ciphertext.slice(11)}`
      }),
    )
    expect(error.problems).toEqual([
      { path: 'ciphertext', message: expect.stringMatching(/^is not valid base64/) },
    ])
    expect(error.message).toMatch(/ciphertext is not valid base64: not a base64 character/)
  })

  it('calls a later version unknown', async () => {
    const error = await failure(
      openSealedBackupText(
        edit((f) => {
          ;(f as { version: number }).version = 2
        }),
        PASSPHRASE,
      ),
    )
    expect(error.reason).toBe('unknown-version')
    expect(error.message).toMatch(/newer Leadlog/)
  })
})

describe('isSealedBackupText', () => {
  it('is true for what sealBackupText writes, also with a BOM or other whitespace', () => {
    expect(isSealedBackupText(SEALED)).toBe(true)
    expect(isSealedBackupText(`\uFEFF${SEALED}`)).toBe(true)
    expect(isSealedBackupText(JSON.stringify(JSON.parse(SEALED)))).toBe(true)
    expect(isSealedBackupText(`\r\n  ${SEALED}`)).toBe(true)
  })

  it('is false for a plain backup, even one whose note quotes the format', () => {
    const quoting = serializeBackup(
      backupOf(
        [
          {
            ...fixtureJournal[0]!,
            title: '{"format": "leadlog-encrypted-backup",',
            notes: `{"format":"${SEALED_BACKUP_FORMAT}","version":1}`,
          },
        ],
        FIXTURE_AS_OF,
      ),
    )
    expect(quoting).toContain(SEALED_BACKUP_FORMAT)
    expect(isSealedBackupText(quoting)).toBe(false)
    expect(isSealedBackupText(PLAIN)).toBe(false)
  })

  it('is false for anything else', () => {
    for (const text of [
      '',
      'leadlog-encrypted-backup',
      '{"format":"leadlog-encrypted-backup-2"}',
      '{"version":1,"note":"format: leadlog-encrypted-backup"}',
      '["leadlog-encrypted-backup"]',
    ]) {
      expect(isSealedBackupText(text), text).toBe(false)
    }
  })
})
