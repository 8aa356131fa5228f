import { describe, expect, it } from 'vitest'
import {
  isBlankNarrative,
  narrativeFieldWords,
  narrativeSchema,
  promotionNarrativeKey,
  reviewNarrativeKey,
} from '../../../../shared/entry'

const STAMP = '2026-11-20T12:00:00.000Z'
const q4 = {
  key: 'review:2026-10-01:2026-12-31',
  document: 'review',
  from: '2026-10-01',
  to: '2026-12-31',
  updatedAt: STAMP,
}

function problems(value: unknown): [string, string][] {
  const parsed = narrativeSchema.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])
}

describe('narrativeSchema', () => {
  it('accepts a review’s words and a promotion case’s plan', () => {
    expect(problems({ ...q4, summary: 'Hi', asks: 'Budget', goals: ['Hire', ''] })).toEqual([])
    expect(
      problems({
        key: 'promotion:pmo-lead',
        document: 'promotion',
        role: 'pmo-lead',
        plan: ['Run the portfolio review'],
        updatedAt: STAMP,
      }),
    ).toEqual([])
  })

  it('keys a review by its period and a promotion case by its role', () => {
    expect(reviewNarrativeKey({ from: '2026-10-01', to: '2026-12-31' })).toBe(q4.key)
    expect(promotionNarrativeKey('it-director')).toBe('promotion:it-director')
    expect(problems({ ...q4, key: 'review:2026-10-01:2026-12-30' })).toEqual([
      ['key', 'must be "review:2026-10-01:2026-12-31"'],
    ])
    expect(problems({ ...q4, document: 'promotion', key: 'promotion:x' })).toEqual([
      ['role', 'is required for a promotion case'],
    ])
  })

  it('needs a real period for a review, and says so once', () => {
    expect(problems({ ...q4, from: undefined })).toEqual([['from', 'is required for a review']])
    expect(problems({ ...q4, from: '2027-01-01', key: 'review:2027-01-01:2026-12-31' })).toEqual([
      ['to', 'is before the start of the period'],
    ])
    expect(problems({ ...q4, from: '2026-13-01' })).toEqual([
      ['from', 'is not a real calendar date'],
    ])
  })

  it('caps texts and lists, and refuses fields it does not know', () => {
    expect(problems({ ...q4, asks: 'x'.repeat(5001) })).toEqual([
      ['asks', 'is longer than 5,000 characters'],
    ])
    expect(problems({ ...q4, goals: ['ok', 'x'.repeat(501)] })).toEqual([
      ['goals.1', 'is longer than 500 characters'],
    ])
    expect(problems({ ...q4, plan: Array.from({ length: 11 }, () => 'step') })).toEqual([
      ['plan', 'has more than 10 items'],
    ])
    expect(problems({ ...q4, mood: 'great' })).toHaveLength(1)
  })
})

describe('narrative helpers', () => {
  it('knows a row with only blanks holds nothing', () => {
    expect(isBlankNarrative({ summary: ' ', goals: ['', '  '], plan: [] })).toBe(true)
    expect(isBlankNarrative({ goals: ['', 'Hire'] })).toBe(false)
  })

  it('names a problem’s place in words', () => {
    expect(narrativeFieldWords(['summary'])).toBe('the opening summary')
    expect(narrativeFieldWords(['goals', 2])).toBe('goal 3')
    expect(narrativeFieldWords(['plan', 0])).toBe('plan step 1')
    expect(narrativeFieldWords(['key'])).toBe('key')
  })
})
