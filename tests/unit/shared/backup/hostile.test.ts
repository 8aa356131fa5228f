// Hostile and ambiguous backup files (issue 18): each is refused with its place and reason,
// in bounded time, and nothing ambiguous is accepted. The corpus at the end runs every
// kind of bad input with a per-input bound and names the slowest.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  bulletEditSchema,
  canonicalJson,
  decodeBackupBytes,
  firstInvalidUtf8Byte,
  MAX_REPORTED_PROBLEMS,
  MIN_ROW_BYTES,
  parseBackup,
  serializeBackup,
  type Backup,
} from '../../../../shared/backup'
import { entrySchema, narrativeSchema } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'

function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: '2026-11-15T10:00:00.000Z',
    appVersion: '1.0.0',
    schemaVersion: 5,
    entries: structuredClone(fixtureJournal),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
    ...overrides,
  }
}

function errorsOf(text: string, options = {}) {
  const result = parseBackup(text, options)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.errors
}

/** A top-level field in written-by-hand JSON (no checksum), placed before `entries`. */
function handWritten(extra: string): string {
  const text = canonicalJson(makeBackup())
  return text.replace('\n  "entries": [', `\n  ${extra},\n  "entries": [`)
}

describe('checksum', () => {
  it('is written into every backup and checked on restore', () => {
    const text = serializeBackup(makeBackup())
    expect(text).toMatch(/\n {2}"checksum": "sha256-[0-9a-f]{64}",\n/)
    expect(parseBackup(text)).toMatchObject({ ok: true, checksum: 'verified' })
  })

  it('refuses a backup changed after it was written, even by one character or a space', () => {
    const text = serializeBackup(makeBackup())
    const changed = text.replace('"title": "', '"title": "X')
    expect(errorsOf(changed)).toEqual([
      {
        path: 'checksum',
        message:
          "does not match the file's content: the file was changed or damaged after Leadlog wrote it. Restore another backup, or the original copy of this one",
      },
    ])
    expect(errorsOf(`${text} `)[0]?.path).toBe('checksum')
  })

  it('lets an older backup without one restore, and says it was not checked', () => {
    expect(parseBackup(canonicalJson(makeBackup()))).toMatchObject({
      ok: true,
      checksum: 'absent',
    })
  })

  it('refuses a checksum Leadlog does not write', () => {
    expect(errorsOf(handWritten('"checksum": "md5-abc"'))).toEqual([
      {
        path: 'checksum',
        message: 'is not a checksum Leadlog writes ("sha256-" and 64 hexadecimal digits)',
      },
    ])
  })

  it('never accepts a changed copy of a checksummed backup (random edits)', () => {
    const text = serializeBackup(
      makeBackup({ entries: structuredClone(fixtureJournal.slice(0, 3)) }),
    )
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 1 }),
        fc.string({ minLength: 1, maxLength: 3 }),
        (at, insert) => {
          const changed = text.slice(0, at) + insert + text.slice(at + 1)
          fc.pre(changed !== text)
          expect(parseBackup(changed).ok).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('nothing ambiguous is accepted', () => {
  it('refuses a field given twice, at the top, in an entry, and spelt with an escape', () => {
    expect(errorsOf(handWritten('"entries": []'))).toEqual([
      {
        path: 'entries',
        message:
          'appears twice in the same object; a backup must say each thing once, so it is not clear which one to restore',
      },
    ])
    const inEntry = canonicalJson(makeBackup()).replace('"title": "', '"title": "a",\n "title": "')
    expect(errorsOf(inEntry)[0]?.path).toBe('entries[0].title')
    const escaped = canonicalJson(makeBackup()).replace(
      '"title": "',
      '"\\u0074itle": "b", "title": "',
    )
    expect(errorsOf(escaped)[0]?.path).toBe('entries[0].title')
  })

  it('refuses a journal schema newer than the app, with the reason', () => {
    const text = serializeBackup(makeBackup({ schemaVersion: 6 }))
    expect(errorsOf(text, { schemaVersion: 5 })).toEqual([
      {
        path: 'schemaVersion',
        message:
          'this backup was made by a newer version of Leadlog (journal schema 6; this version reads up to 5), and may hold what this version would lose; update Leadlog to restore it',
      },
    ])
    expect(
      parseBackup(serializeBackup(makeBackup({ schemaVersion: 5 })), { schemaVersion: 5 }).ok,
    ).toBe(true)
    expect(
      parseBackup(serializeBackup(makeBackup({ schemaVersion: 2 })), { schemaVersion: 5 }).ok,
    ).toBe(true)
  })

  it('refuses invalid UTF-8 where the bytes are read, naming the byte', () => {
    const bytes = (...values: number[]) => new Uint8Array(values)
    expect(decodeBackupBytes(bytes(0x7b, 0x7d))).toEqual({ ok: true, text: '{}' })
    expect(decodeBackupBytes(new TextEncoder().encode('{"a":"é😀"}'))).toMatchObject({ ok: true })
    const bad = decodeBackupBytes(bytes(0x7b, 0x22, 0xff, 0x22, 0x7d))
    expect(bad).toEqual({
      ok: false,
      message:
        'is not valid UTF-8 text at byte 3: the file is damaged or is not a Leadlog backup (Leadlog always writes UTF-8), and restoring it would silently change characters',
    })
    // A cut sequence, an overlong slash, an encoded surrogate, past U+10FFFF.
    for (const sample of [
      bytes(0x61, 0xc3),
      bytes(0xc0, 0xaf),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
    ]) {
      expect(decodeBackupBytes(sample).ok).toBe(false)
      expect(firstInvalidUtf8Byte(sample)).toBeGreaterThanOrEqual(0)
    }
  })
})

describe('sizes a 256 MB journal cannot have', () => {
  it('MIN_ROW_BYTES is below the smallest valid row of each table', () => {
    const minimize = (value: Record<string, unknown>, ok: (v: unknown) => boolean) => {
      let current = structuredClone(value)
      for (const key of Object.keys(current)) {
        const without = { ...current }
        delete without[key]
        if (ok(without)) {
          current = without
          continue
        }
        const v = current[key]
        const candidates =
          typeof v === 'string' ? ['', 'a'] : Array.isArray(v) ? [[], v.slice(0, 1)] : []
        for (const candidate of candidates) {
          if (ok({ ...current, [key]: candidate })) {
            current = { ...current, [key]: candidate }
            break
          }
        }
      }
      // Timestamps may drop their milliseconds: the shortest a valid one can be.
      return JSON.stringify(current).replace(/\.000Z/g, 'Z').length + 1
    }
    const sizes = [
      ...fixtureJournal.map((e) => minimize(e as never, (v) => entrySchema.safeParse(v).success)),
      minimize(
        {
          entryId: 'a',
          pinned: false,
          hidden: false,
          entryUpdatedAt: '2026-01-01T00:00:00Z',
          updatedAt: '2026-01-01T00:00:00Z',
        },
        (v) => bulletEditSchema.safeParse(v).success,
      ),
      minimize(
        {
          key: 'promotion:director-ops',
          document: 'promotion',
          role: 'director-ops',
          summary: '',
          plan: [],
          updatedAt: '2026-01-01T00:00:00Z',
        },
        (v) => narrativeSchema.safeParse(v).success,
      ),
    ]
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_ROW_BYTES)
  })

  it('refuses millions of tiny rows before parsing them', () => {
    const text = `{"format":"leadlog-backup","formatVersion":1,"entries":[${'0,'.repeat(1_000_000)}0]}`
    expect(errorsOf(text)).toEqual([
      {
        path: 'entries',
        message: `holds more items than a file of this size can hold as valid rows (each takes at least ${MIN_ROW_BYTES} bytes, so at most ${Math.floor(text.length / MIN_ROW_BYTES).toLocaleString('en')} here); it is not a Leadlog backup`,
      },
    ])
  })

  it('refuses deep nesting, long inner lists and objects with thousands of fields', () => {
    const deep = `{"format":"leadlog-backup","entries":${'['.repeat(100_000)}`
    expect(errorsOf(deep)[0]?.message).toContain('nested more than 64 levels deep')
    const backup = JSON.parse(canonicalJson(makeBackup()))
    backup.entries[0].tags = Array.from({ length: 1001 }, (_, i) => `t${i}`)
    expect(errorsOf(JSON.stringify(backup))[0]).toMatchObject({ path: 'entries[0].tags' })
    backup.entries[0].tags = []
    backup.settings = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 1]))
    expect(errorsOf(JSON.stringify(backup))[0]).toMatchObject({ path: 'settings' })
  })

  it('stops after the first 50 problems in a long list of bad rows', () => {
    const row = JSON.stringify({ kind: 'nope', title: 'x'.repeat(MIN_ROW_BYTES) })
    const text = `{"format":"leadlog-backup","formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","appVersion":"1","schemaVersion":5,"settings":{},"entries":[${Array(100_000).fill(row).join(',')}]}`
    const errors = errorsOf(text)
    expect(errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
    expect(errors.at(-1)?.message).toBe(
      'checking stopped after the first 50 problems; there may be more',
    )
  })
})

describe('a corpus of hostile files', () => {
  it('is refused input by input, each within a bound, never with an exception', () => {
    const valid = serializeBackup(makeBackup())
    const corpus: Record<string, string> = {
      'truncated at 1%': valid.slice(0, valid.length / 100),
      'truncated at 50%': valid.slice(0, valid.length / 2),
      'truncated one byte short': valid.slice(0, -2),
      'a flipped character': valid.replace('"kind"', '"kinc"'),
      'duplicate entries key': valid.replace('"entries": [', '"entries": [], "entries": ['),
      'nested 1,000,000 deep': `[${'['.repeat(1_000_000)}`,
      '10,000,000 invalid entries (20 MB)': `{"format":"leadlog-backup","formatVersion":1,"entries":[${'0,'.repeat(10_000_000)}0]}`,
      '1,000,000 invalid entries of realistic size': `{"format":"leadlog-backup","formatVersion":1,"exportedAt":"2026-01-01T00:00:00Z","appVersion":"1","schemaVersion":5,"settings":{},"entries":[${Array(1_000_000).fill('{"kind":"nope","title":"a title as long as the shortest real entry: sixty bytes"}').join(',')}]}`,
      'a 100,000-character key': `{"${'k'.repeat(100_000)}":1}`,
      'a BOM and nothing else': '\uFEFF',
      'U+FFFD where invalid UTF-8 was replaced': valid.replace('"title": "', '"title": "\uFFFD'),
    }
    const times: [string, number][] = []
    for (const [name, text] of Object.entries(corpus)) {
      const start = performance.now()
      const result = parseBackup(text)
      const ms = performance.now() - start
      times.push([name, ms])
      expect(result.ok, name).toBe(false)
      // A tripwire, not a benchmark: the unbounded check took 153 s on the 20 MB file.
      expect(ms, name).toBeLessThan(15_000)
    }
    const [slowest, ms] = times.sort((a, b) => b[1] - a[1])[0]!
    console.info(`Slowest hostile input: ${slowest} (${Math.round(ms)} ms)`)
  })
})
