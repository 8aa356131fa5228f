// The size cap must refuse files that cannot be backups without ever refusing one the
// app wrote: the largest journal we promise is 100,000 entries of realistic text.
import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
  type Backup,
} from '../../../../shared/backup'
import { backupOf } from '../../../fixtures/backup'
import { generateJournal } from '../../../fixtures/generateJournal'

const AS_OF = '2026-11-20'
const PROMISED_ENTRIES = 100_000

const backupAt = (entries: Backup['entries']) => backupOf(entries, AS_OF)

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8')

// Files of a quarter gigabyte take seconds to build and scan on a busy machine.
describe('the backup size cap', { timeout: 60_000 }, () => {
  it('sits at least 1.5 times above the backup of 100,000 realistic entries', () => {
    // A sample of the benchmark's generator gives the bytes each entry adds to a backup;
    // serializing all 100,000 here would cost seconds and a gigabyte for the same answer.
    const sample = 5_000
    const empty = utf8(serializeBackup(backupAt([])))
    const full = utf8(serializeBackup(backupAt(generateJournal({ count: sample, asOf: AS_OF }))))
    const perEntry = (full - empty) / sample
    const promised = empty + perEntry * PROMISED_ENTRIES
    expect(perEntry).toBeGreaterThan(1_000) // realistic text, not a stub
    expect(promised).toBeGreaterThan(100 * 1024 * 1024) // what the old 100 MB cap refused
    expect(MAX_BACKUP_BYTES).toBeGreaterThanOrEqual(1.5 * promised)
  })

  it('accepts a valid backup of exactly the cap', () => {
    // Without a checksum, as if written by hand: padding would change a checksummed file.
    const text = canonicalJson(backupAt(generateJournal({ count: 20, asOf: AS_OF })))
    // Whitespace after the JSON is still JSON: the file is the cap's size and valid.
    const padded = text + ' '.repeat(MAX_BACKUP_BYTES - utf8(text))
    expect(utf8(padded)).toBe(MAX_BACKUP_BYTES)
    const result = parseBackup(padded, { today: AS_OF })
    expect(result.ok && result.backup.entries).toHaveLength(20)
  })

  it('refuses a file one byte over the cap, naming its size, before parsing it', () => {
    const text = serializeBackup(backupAt([]))
    const over = text + ' '.repeat(MAX_BACKUP_BYTES - utf8(text) + 1)
    expect(parseBackup(over)).toEqual({
      ok: false,
      errors: [
        {
          path: '(file)',
          message:
            'is 257 MB, larger than the 256 MB a Leadlog backup can be (100,000 entries make about 150 MB); it is probably not a Leadlog backup',
        },
      ],
    })
  })

  it('counts UTF-8 bytes, not characters', () => {
    // Half as many characters as the cap allows bytes, each two bytes long: over the cap.
    // The text is not even JSON, which shows the size is checked before anything else.
    const big = `{"format":"leadlog-backup","pad":"${'é'.repeat(MAX_BACKUP_BYTES / 2)}`
    expect(big.length).toBeLessThan(MAX_BACKUP_BYTES)
    const result = parseBackup(big)
    expect(!result.ok && result.errors).toEqual([
      { path: '(file)', message: expect.stringMatching(/^is 257 MB, larger than the 256 MB/) },
    ])
  })
})
