import { describe, expect, it } from 'vitest'
import { buildReview, DEFAULT_SECTIONS, REVIEW_SECTIONS } from '../../../../shared/review'
import { computeReadiness } from '../../../../shared/readiness'
import { renderReviewMarkdown } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/review'
import { fixtureJournal } from '../../../fixtures/journal'
import type { Entry } from '../../../../shared/entry'

const Q3 = { from: '2026-07-01', to: '2026-09-30' }
const Q4 = { from: '2026-10-01', to: '2026-12-31' }

function moment(id: string, occurredOn: string, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'leadership-moment',
    title: `Moment ${id}`,
    occurredOn,
    notes: '',
    competencies: ['results'],
    people: [],
    tags: [],
    createdAt: `${occurredOn}T09:00:00.000Z`,
    updatedAt: `${occurredOn}T09:00:00.000Z`,
    situation: 'A situation',
    task: 'A task',
    action: 'Fixed the root cause of the outage',
    result: 'No outages since',
    reflection: '',
    mode: 'leader',
    ...extra,
  } as Entry
}

function logIds(entries: Entry[], range: { from: string; to: string }): string[] {
  return (buildReview(entries, { ...range, includeLog: true }).log ?? []).map((l) => l.entryId)
}

describe('buildReview: which entries', () => {
  it('includes the first and last day of the period and excludes the days either side', () => {
    const entries = [
      moment('before', '2026-09-30'),
      moment('first', '2026-10-01'),
      moment('last', '2026-12-31'),
      moment('after', '2027-01-01'),
    ]
    expect(logIds(entries, Q4)).toEqual(['first', 'last'])
  })

  it('never includes deleted entries', () => {
    const ids = logIds(fixtureJournal, Q3)
    expect(ids).toEqual(['fx-09-migration', 'fx-10-payroll', 'fx-11-roadmap'])
    expect(ids).not.toContain('fx-14-deleted')
    const review = buildReview(fixtureJournal, Q3)
    expect(JSON.stringify(review)).not.toContain('fx-14-deleted')
  })

  it('counts entries by kind in the period and in the previous quarter', () => {
    const review = buildReview(fixtureJournal, Q4)
    expect(review.summary?.counts).toEqual({
      total: 4,
      'leadership-moment': 2,
      'difficult-conversation': 1,
      'stakeholder-win': 1,
    })
    expect(review.previousPeriod).toEqual({ ...Q3, label: '2026 Q3' })
    expect(review.summary?.previousCounts.total).toBe(3)
  })
})

describe('buildReview: readiness at the start and end of the period', () => {
  it('is the readiness score the day before the period and on its last day', () => {
    const review = buildReview(fixtureJournal, { ...Q3, showScores: true })
    const start = computeReadiness(fixtureJournal, { asOf: '2026-06-30' })
    const end = computeReadiness(fixtureJournal, { asOf: '2026-09-30' })
    expect(review.summary?.readiness?.start).toMatchObject({
      asOf: '2026-06-30',
      score: Math.round(start.score),
    })
    expect(review.summary?.readiness?.end).toMatchObject({
      asOf: '2026-09-30',
      score: Math.round(end.score),
    })
    expect(review.summary?.readiness?.change).toBe(Math.round(end.score) - Math.round(start.score))
  })

  it('judges an unfinished period as of today when asked', () => {
    const review = buildReview(fixtureJournal, { ...Q4, asOf: '2026-11-15', showScores: true })
    expect(review.summary?.readiness?.end.asOf).toBe('2026-11-15')
    expect(review.scoredOn).toEqual({ start: '2026-09-30', end: '2026-11-15' })
  })

  it('uses the target role', () => {
    const review = buildReview(fixtureJournal, { ...Q4, role: 'pmo-lead' })
    expect(review.role).toEqual({ id: 'pmo-lead', name: 'PMO leader' })
    expect(review.competencies?.[0]?.id).toBe('process')
  })
})

describe('buildReview: sections', () => {
  it('includes every section but the log by default, the log when asked', () => {
    const asks = { narrative: { asks: 'A budget for the PgMP course.' } }
    expect(buildReview(fixtureJournal, { ...Q4, ...asks }).sections).toEqual(DEFAULT_SECTIONS)
    expect(buildReview(fixtureJournal, Q4).log).toBeUndefined()
    expect(buildReview(fixtureJournal, { ...Q4, ...asks, includeLog: true }).sections).toEqual(
      REVIEW_SECTIONS,
    )
  })

  it('prints "What I need" only when the user wrote something there', () => {
    for (const narrative of [undefined, { asks: '' }, { asks: '  \n ' }]) {
      const review = buildReview(fixtureJournal, { ...Q4, narrative })
      expect(review.sections).not.toContain('asks')
      expect(review.narrative).toBeUndefined()
      expect(renderReviewMarkdown(review)).not.toContain('## What I need')
    }
  })

  it('reads in the order a manager takes it in', () => {
    expect(REVIEW_SECTIONS).toEqual([
      'summary',
      'highlights',
      'moments',
      'wins',
      'conversations',
      'competencies',
      'growth',
      'asks',
      'gaps',
      'log',
    ])
  })

  it('leaves out the sections not chosen, in data and in print', () => {
    const review = buildReview(fixtureJournal, { ...Q4, sections: ['wins', 'summary'] })
    expect(review.sections).toEqual(['summary', 'wins'])
    expect(review.highlights).toBeUndefined()
    expect(review.conversations).toBeUndefined()
    const md = renderReviewMarkdown(review)
    expect(md).toContain('## Stakeholder wins')
    expect(md).not.toContain('## Difficult conversations')
  })

  it('puts stakeholder wins with their feedback quote and conversations with outcome and lesson', () => {
    const review = buildReview(fixtureJournal, Q4)
    expect(review.wins?.[0]).toMatchObject({
      entryId: 'fx-12-board',
      // The user's own "(Maria)" is taken off: the review signs every quote itself.
      feedback: '"The board approved all three decisions in ten minutes."',
    })
    expect(review.wins?.[0]?.quotedBy).toMatch(/VP Finance$/)
    expect(review.conversations?.[0]).toMatchObject({
      entryId: 'fx-15-handover',
      preparation: 'Collected the last two handover dates and their incidents.',
      whatISaid: expect.stringContaining('Can we agree on five days?') as unknown,
      outcomeLabel: 'In progress',
      lesson: 'Agree the rule with the operations lead in the room.',
      followUpOn: '2026-11-17',
    })
    expect(review.conversations?.[0]?.counterpart).toMatch(/project manager/)
    expect(review.growth?.entries.map((g) => g.entryId)).toEqual(['fx-13-pmp'])
    expect(review.highlights?.length).toBeGreaterThan(0)
    expect(review.highlights?.every((h) => h.occurredOn >= Q4.from)).toBe(true)
    expect(review.gaps?.length).toBe(3)
    expect(review.gaps?.[0]?.suggestions.length).toBeGreaterThan(0)
  })

  it('shows names only when share-safe is turned off', () => {
    const review = buildReview(fixtureJournal, { ...Q4, shareSafe: false })
    expect(review.shareSafe).toBe(false)
    expect(review.wins?.[0]?.stakeholder).toBe('Maria Lopez, VP Finance')
    expect(review.wins?.[0]?.quotedBy).toBe('Maria Lopez, VP Finance')
  })
})

describe('buildReview: deterministic', () => {
  it('gives byte-identical Markdown and HTML whatever the order of the entries', () => {
    const options = { ...Q4, includeLog: true }
    const a = buildReview(fixtureJournal, options)
    const shuffled = [...fixtureJournal].reverse()
    const b = buildReview(shuffled, options)
    expect(renderReviewMarkdown(b)).toBe(renderReviewMarkdown(a))
    expect(renderReviewHtml(b)).toBe(renderReviewHtml(a))
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('is a plain JSON value', () => {
    const review = buildReview(fixtureJournal, { ...Q4, includeLog: true })
    expect(JSON.parse(JSON.stringify(review))).toEqual(review)
  })

  it('handles an empty period', () => {
    const review = buildReview(fixtureJournal, { from: '2025-01-01', to: '2025-03-31' })
    expect(review.summary?.counts.total).toBe(0)
    expect(renderReviewMarkdown(review)).toContain('Nothing logged in this period.')
  })

  it('titles quarters (also fiscal ones) as quarterly reviews and other ranges as reviews', () => {
    expect(
      buildReview([], { from: '2026-11-01', to: '2027-01-31', label: 'FY2027 Q1' }).title,
    ).toBe('Quarterly review: FY2027 Q1')
    expect(buildReview([], { from: '2026-02-03', to: '2026-03-17' }).title).toBe(
      'Review: 3 Feb – 17 Mar 2026',
    )
  })

  it('rejects a range that ends before it starts', () => {
    expect(() => buildReview(fixtureJournal, { from: '2026-12-31', to: '2026-10-01' })).toThrow(
      /start date is after the end date/,
    )
  })
})
