import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup'
import { fixtureJournal } from '../../../fixtures/journal'

function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: '2026-11-15T10:00:00.000Z',
    appVersion: '1.0.0',
    schemaVersion: 2,
    entries: structuredClone(fixtureJournal),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
    ...overrides,
  }
}

/** The backup as plain JSON data, to break in one place (with no checksum, as by hand). */
function raw(
  overrides: Partial<Backup> = {},
): Record<string, unknown> & { entries: Record<string, unknown>[] } {
  return JSON.parse(canonicalJson(makeBackup(overrides)))
}

function errorsOf(text: string, today?: string) {
  const result = parseBackup(text, today ? { today } : {})
  if (result.ok) throw new Error('expected the backup to be rejected')
  return result.errors
}

describe('serializeBackup and parseBackup', () => {
  it('gives back the same data', () => {
    const backup = makeBackup({
      bulletEdits: [
        {
          entryId: 'fx-01-close',
          text: 'Cut the month-end close by 18 %',
          pinned: true,
          hidden: false,
          entryUpdatedAt: '2026-01-20T17:30:00.000Z',
          updatedAt: '2026-02-01T09:00:00.000Z',
        },
      ],
    })
    const result = parseBackup(serializeBackup(backup))
    expect(result).toEqual({ ok: true, backup, checksum: 'verified' })
  })

  it('accepts a backup without bullet edits and does not invent them', () => {
    const result = parseBackup(serializeBackup(makeBackup()))
    expect(result.ok && 'bulletEdits' in result.backup).toBe(false)
  })

  it('is canonical: the same data gives the same bytes whatever the key order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const backup = makeBackup()
        let state = seed
        const shuffle = (value: unknown): unknown => {
          if (Array.isArray(value)) return value.map(shuffle)
          if (value === null || typeof value !== 'object') return value
          const keys = Object.keys(value)
          for (let i = keys.length - 1; i > 0; i--) {
            state = (state * 1103515245 + 12345) % 2 ** 31
            const j = state % (i + 1)
            ;[keys[i], keys[j]] = [keys[j]!, keys[i]!]
          }
          return Object.fromEntries(
            keys.map((k) => [k, shuffle((value as Record<string, unknown>)[k])]),
          )
        }
        expect(serializeBackup(shuffle(backup) as Backup)).toBe(serializeBackup(backup))
      }),
      { numRuns: 25 },
    )
  })

  it('writes sorted keys with stable indentation and a final newline', () => {
    const text = serializeBackup(makeBackup({ entries: [] }))
    expect(text.replace(/"sha256-[0-9a-f]{64}"/, '"sha256-…"')).toBe(
      '{\n  "appVersion": "1.0.0",\n  "checksum": "sha256-…",\n  "entries": [],\n  "exportedAt": "2026-11-15T10:00:00.000Z",\n  "format": "leadlog-backup",\n  "formatVersion": 1,\n  "schemaVersion": 2,\n  "settings": {\n    "fiscalYearStartMonth": 4,\n    "targetRole": "director-ops"\n  }\n}\n',
    )
  })

  it('accepts a byte order mark at the start', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(makeBackup())}`).ok).toBe(true)
  })
})

describe('parseBackup rejects with the place and a plain reason', () => {
  it('text that is not JSON, with line and column', () => {
    const text = '{\n  "format": "leadlog-backup",\n  "formatVersion": 1\n  "entries": []\n}'
    expect(errorsOf(text)).toEqual([
      { path: 'line 4, column 3', message: 'is not valid JSON: a comma or "}" was expected' },
    ])
  })

  it('finds the place in a large file too', () => {
    const lines = canonicalJson(makeBackup()).split('\n')
    lines[40] = lines[40]!.replace(':', '')
    const [error] = errorsOf(lines.join('\n'))
    expect(error?.path).toMatch(/^line 41, column \d+$/)
    expect(error?.message).toContain('a colon (:) was expected')
  })

  it('a single-quoted or trailing-comma file is named as not JSON', () => {
    expect(errorsOf("{'format': 1}")[0]?.message).toContain('double quotes')
    expect(errorsOf('{"a": 1,}')[0]).toEqual({
      path: 'line 1, column 9',
      message: 'is not valid JSON: a property name in double quotes was expected',
    })
  })

  it('a truncated file says it is cut off', () => {
    const text = serializeBackup(makeBackup())
    for (const cut of [0.1, 0.5, 0.999]) {
      const errors = errorsOf(text.slice(0, Math.floor(text.length * cut)))
      expect(errors).toHaveLength(1)
      expect(errors[0]?.message).toMatch(/^the file is cut off \(incomplete\)/)
      expect(errors[0]?.path).toMatch(/^line \d+, column \d+$/)
    }
  })

  it('an empty file', () => {
    expect(errorsOf('  \n')).toEqual([{ path: '(file)', message: 'is empty' }])
  })

  it('another format', () => {
    expect(errorsOf('{"format": "dexie", "data": {}}')).toEqual([
      { path: 'format', message: 'is not a Leadlog backup: its format is "dexie"' },
    ])
    expect(errorsOf('[1, 2]')[0]?.message).toContain('is not a Leadlog backup')
    expect(errorsOf('{}')[0]?.message).toContain('it has no format field')
  })

  it('a newer formatVersion', () => {
    const errors = errorsOf(JSON.stringify({ ...raw(), formatVersion: 2, newField: [] }))
    expect(errors).toEqual([
      {
        path: 'formatVersion',
        message:
          'this backup was made by a newer version of Leadlog (backup format 2); update Leadlog to restore it',
      },
    ])
  })

  it('unknown fields, at the top and inside entries, all reported at once', () => {
    const data = raw()
    data.extra = true
    data.entries[3]!.mood = 'happy'
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'extra', message: 'is not a field Leadlog knows' },
      { path: 'entries[3].mood', message: 'is not a field Leadlog knows' },
    ])
    delete data.extra
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'entries[3].mood', message: 'is not a field Leadlog knows' },
    ])
  })

  it('missing fields', () => {
    const data = raw()
    delete data.exportedAt
    expect(errorsOf(JSON.stringify(data))).toEqual([{ path: 'exportedAt', message: 'is missing' }])
    const second = raw()
    delete second.entries[5]!.title
    expect(errorsOf(JSON.stringify(second))).toEqual([
      { path: 'entries[5].title', message: 'is missing' },
    ])
  })

  it('invalid dates, kinds and competencies', () => {
    const data = raw()
    data.entries[12]!.occurredOn = '2026-02-30'
    data.entries[1]!.kind = 'pep-talk'
    data.entries[2]!.competencies = ['strategy', 'charisma']
    expect(errorsOf(JSON.stringify(data))).toEqual([
      {
        path: 'entries[1].kind',
        message: 'must be one of leadership-moment, difficult-conversation, stakeholder-win',
      },
      { path: 'entries[2].competencies[1]', message: 'is not a known competency' },
      { path: 'entries[12].occurredOn', message: 'is not a real calendar date' },
    ])
  })

  it('future dates: allowed up to one day after the export date (time zones), not later', () => {
    const data = raw({ exportedAt: '2026-11-15T23:30:00.000Z' })
    data.entries[0]!.occurredOn = '2026-11-16'
    expect(parseBackup(JSON.stringify(data)).ok).toBe(true)
    data.entries[0]!.occurredOn = '2026-11-17'
    expect(errorsOf(JSON.stringify(data))).toEqual([
      {
        path: 'entries[0].occurredOn',
        message: 'is in the future; log things that have already happened',
      },
    ])
    data.entries[0]!.occurredOn = '1969-12-31'
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'entries[0].occurredOn', message: 'is before 1970' },
    ])
    // The reader's own day also bounds it, whichever is earlier.
    data.entries[0]!.occurredOn = '2026-11-14'
    expect(errorsOf(JSON.stringify(data), '2026-11-12')[0]?.path).toBe('entries[0].occurredOn')
  })

  it('duplicate ids', () => {
    const data = raw()
    data.entries[7]!.id = data.entries[2]!.id
    expect(errorsOf(JSON.stringify(data))).toEqual([
      {
        path: 'entries[7].id',
        message: `duplicates entries[2].id ("${String(data.entries[2]!.id)}")`,
      },
    ])
  })

  it('bullet edits that are invalid or duplicated', () => {
    const edit = {
      entryId: 'fx-01-close',
      pinned: true,
      hidden: false,
      entryUpdatedAt: '2026-01-20T17:30:00.000Z',
      updatedAt: '2026-02-01T09:00:00.000Z',
    }
    const data = { ...raw(), bulletEdits: [edit, { ...edit, pinned: 'yes' }, edit] }
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'bulletEdits[1].pinned', message: 'must be true or false, not "yes"' },
      { path: 'bulletEdits[2].entryId', message: 'duplicates bulletEdits[0].entryId' },
    ])
  })

  it('invalid values of known settings; unknown settings are ignored', () => {
    const data = raw({ settings: { fiscalYearStartMonth: 13, futurePreference: 'on' } })
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'settings.fiscalYearStartMonth', message: 'is not a valid value for this setting' },
    ])
    const fine = raw({ settings: { fiscalYearStartMonth: 3, futurePreference: 'on' } })
    expect(parseBackup(JSON.stringify(fine)).ok).toBe(true)
  })

  it('strings over 100,000 characters', () => {
    const data = raw()
    data.entries[4]!.notes = 'x'.repeat(100_001)
    expect(errorsOf(JSON.stringify(data))).toEqual([
      { path: 'entries[4].notes', message: 'is longer than 100,000 characters (100,001)' },
    ])
  })

  it('deeply nested data without crashing', () => {
    const deep = `{"format":"leadlog-backup","formatVersion":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`
    expect(errorsOf(deep)[0]?.message).toContain('nested more than')
  })

  it('caps a long list of problems', () => {
    const data = raw({ entries: [] })
    // Each as long as a real entry, so the file could hold them (see structure.ts).
    data.entries = Array.from({ length: 80 }, () => ({ kind: 'nope', title: 'x'.repeat(300) }))
    const errors = errorsOf(JSON.stringify(data))
    expect(errors).toHaveLength(51)
    expect(errors.at(-1)).toEqual({
      path: '(file)',
      message: 'checking stopped after the first 50 problems; there may be more',
    })
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseBackup(text)
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0)
      }),
    )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseBackup(JSON.stringify(value)).ok).toBe(false)
      }),
    )
  })
})
