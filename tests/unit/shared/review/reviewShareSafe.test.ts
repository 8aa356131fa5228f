import { describe, expect, it } from 'vitest'
import { buildReview } from '../../../../shared/review'
import { renderReviewMarkdown } from '../../../../shared/review'
import { renderReviewHtml } from '../../../../shared/review'
import { renderReviewDocx } from '../../../../shared/review'
import { peopleOf, type Entry } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'
import { docxText, readZip } from './reviewZip'

// Sarah appears as a person only in a Q1 entry; in Q4 she is named only inside notes,
// a quote and a lesson. Share-safe must hide her there too.
const onlyInText: Entry = {
  id: 'q4-text-names',
  kind: 'stakeholder-win',
  title: 'Budget forecast for the steering group',
  occurredOn: '2026-12-01',
  notes: 'Sarah Kim built the first draft; Tom checked the numbers.',
  competencies: ['business'],
  people: [],
  metric: { value: 3, unit: '%', measure: 'forecast error' },
  tags: ['sarah'],
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  stakeholder: { name: 'Grace Hopper', level: 'executive' },
  need: 'a forecast Priya could defend',
  delivered: 'a driver-based forecast that Kim presented',
  feedback: '"Best forecast we have had," said Grace. "Thank Sarah for me."',
}

const journal = [...fixtureJournal, onlyInText]

/** Every full name, first name and last name in the journal. */
const NAMES = [
  ...new Set(journal.flatMap(peopleOf).flatMap((p) => [p.name, ...p.name.split(/\s+/)])),
].filter((n) => n.length >= 2)

function leakedNames(text: string): string[] {
  return NAMES.filter((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'iu').test(text),
  )
}

const options = { from: '2026-10-01', to: '2026-12-31', includeLog: true }

describe('share-safe review', () => {
  const review = buildReview(journal, options)

  it('is on by default and the check would catch a leak', () => {
    expect(review.shareSafe).toBe(true)
    const open = buildReview(journal, { ...options, shareSafe: false })
    expect(leakedNames(JSON.stringify(open))).toEqual(
      expect.arrayContaining(['Maria Lopez', 'Sarah Kim', 'Grace', 'Tom', 'Kim', 'Priya']),
    )
  })

  it('leaves no name in the JSON (the Review object itself)', () => {
    expect(leakedNames(JSON.stringify(review))).toEqual([])
  })

  it('leaves no name in the Markdown', () => {
    expect(leakedNames(renderReviewMarkdown(review))).toEqual([])
  })

  it('leaves no name in the HTML', () => {
    expect(leakedNames(renderReviewHtml(review))).toEqual([])
  })

  it('leaves no name in the DOCX text or its properties', async () => {
    const files = readZip(await renderReviewDocx(review))
    const documentXml = files.get('word/document.xml') ?? ''
    expect(docxText(documentXml)).toContain('Budget forecast for the steering group')
    for (const [, content] of files) expect(leakedNames(content)).toEqual([])
  })

  it('describes people in words instead, never with a level in brackets', () => {
    const win = review.wins?.find((w) => w.entryId === 'q4-text-names')
    for (const text of [win?.stakeholder, win?.quotedBy, win?.feedback]) {
      expect(text).toBeTruthy()
      expect(text).not.toMatch(/\((?:team|peer|senior|executive)\)/)
    }
    expect(win?.stakeholder).toMatch(/executive/)
    const log = review.log?.find((l) => l.entryId === 'q4-text-names')
    expect(log?.notes).toMatch(/built the first draft; .+ checked the numbers\./)
    expect(log?.notes).not.toMatch(/\((?:team|peer|senior|executive)\)/)
  })
})
