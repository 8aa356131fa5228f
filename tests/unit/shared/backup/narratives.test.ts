// The user's own words in the backup file: an optional `narratives` list, checked as
// strictly as bullet edits, one row per key.
import { describe, expect, it } from 'vitest'
import { canonicalJson, parseBackup, serializeBackup, type Backup } from '../../../../shared/backup'
import type { Narrative } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'

const REVIEW_WORDS: Narrative = {
  key: 'review:2026-10-01:2026-12-31',
  document: 'review',
  from: '2026-10-01',
  to: '2026-12-31',
  summary: 'A quarter of firsts: the close, the vendor reset, the new hire.',
  asks: 'A budget line for the reporting tool.',
  goals: ['Run the Q1 planning offsite', 'Hire a second analyst'],
  updatedAt: '2026-11-14T09:00:00.000Z',
}

const PROMOTION_WORDS: Narrative = {
  key: 'promotion:director-ops',
  document: 'promotion',
  role: 'director-ops',
  summary: 'Ready to run operations.',
  plan: ['Own the budget cycle'],
  updatedAt: '2026-11-10T09:00:00.000Z',
}

function makeBackup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: '2026-11-15T10:00:00.000Z',
    appVersion: '1.0.0',
    schemaVersion: 3,
    entries: structuredClone(fixtureJournal),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
    ...overrides,
  }
}

function errorsWith(narratives: unknown): { path: string; message: string }[] {
  const data = { ...JSON.parse(canonicalJson(makeBackup())), narratives }
  const result = parseBackup(JSON.stringify(data))
  if (result.ok) throw new Error('expected the backup to be rejected')
  return result.errors
}

describe('narratives in a backup', () => {
  it('come back exactly as written', () => {
    const backup = makeBackup({ narratives: [REVIEW_WORDS, PROMOTION_WORDS] })
    expect(parseBackup(serializeBackup(backup))).toEqual({ ok: true, backup, checksum: 'verified' })
  })

  it('are optional: an older backup without them is valid and gains none', () => {
    const result = parseBackup(serializeBackup(makeBackup({ schemaVersion: 2 })))
    expect(result.ok).toBe(true)
    expect(result.ok && 'narratives' in result.backup).toBe(false)
    expect(parseBackup(serializeBackup(makeBackup({ narratives: [] })))).toMatchObject({
      ok: true,
      backup: { narratives: [] },
    })
  })

  it('a bad one is refused with its place and a plain sentence', () => {
    const tooLong = { ...REVIEW_WORDS, key: 'review:2026-07-01:2026-09-30' }
    const goals = ['x'.repeat(501), 'fine']
    expect(
      errorsWith([
        REVIEW_WORDS,
        PROMOTION_WORDS,
        { ...tooLong, from: '2026-07-01', to: '2026-09-30', goals },
      ]),
    ).toEqual([{ path: 'narratives[2].goals[0]', message: 'is longer than 500 characters' }])
  })

  it('names every kind of mistake', () => {
    expect(
      errorsWith([
        REVIEW_WORDS,
        { ...REVIEW_WORDS, goals: 'Hire' },
        { ...PROMOTION_WORDS, role: 'ceo' },
        { ...REVIEW_WORDS, key: 'review:2026' },
        { ...PROMOTION_WORDS, mood: 'hopeful' },
        { ...REVIEW_WORDS, updatedAt: 'yesterday' },
        REVIEW_WORDS,
      ]),
    ).toEqual([
      { path: 'narratives[1].goals', message: 'must be a list, not "Hire"' },
      {
        path: 'narratives[2].role',
        message:
          'must be "director-ops" or "pmo-lead" or "it-director" or "people-manager" or "lead-without-reports", not "ceo"',
      },
      { path: 'narratives[3].key', message: 'must be "review:2026-10-01:2026-12-31"' },
      { path: 'narratives[4].mood', message: 'is not a field Leadlog knows' },
      { path: 'narratives[5].updatedAt', message: 'must be an ISO timestamp' },
      { path: 'narratives[6].key', message: 'duplicates narratives[0].key' },
    ])
  })

  it('must be a list, and too many goals are refused', () => {
    expect(errorsWith({ review: REVIEW_WORDS })).toEqual([
      { path: 'narratives', message: 'must be a list, not an object' },
    ])
    const goals = Array.from({ length: 11 }, (_, i) => `Goal ${i + 1}`)
    expect(errorsWith([{ ...REVIEW_WORDS, goals }])).toEqual([
      { path: 'narratives[0].goals', message: 'has more than 10 items' },
    ])
  })
})
