// The seeded journals and calls the output-equivalence checks run (bullets and the review):
// varied sizes, seeds, roles, share-safe on and off, whole rankings and pages read in
// steps. Each case's output is reduced to a SHA-256 digest, so a test can hold the output
// of thousands of bullets in one line and any changed byte fails it.
import { createHash } from 'node:crypto'
import { generateBullets, rankBullets } from '../../../../shared/bullets'
import { sampleJournal, type Entry, type RoleId } from '../../../../shared/entry'
import { buildReview, renderReviewMarkdown } from '../../../../shared/review'
import { generateJournal } from '../../../fixtures/generateJournal'

export const AS_OF = '2026-11-20'

export function digest(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return createHash('sha256').update(text).digest('hex').slice(0, 20)
}

const journals = new Map<string, Entry[]>()

/** 'sample', or `s<seed>n<count>`: a generated journal, made once per test file. */
export function journal(name: string): Entry[] {
  let found = journals.get(name)
  if (!found) {
    const match = /^s(\d+)n(\d+)$/.exec(name)
    found = match
      ? generateJournal({ count: Number(match[2]), asOf: AS_OF, seed: Number(match[1]) })
      : sampleJournal('2026-12-01')
    journals.set(name, found)
  }
  return found
}

export const JOURNALS = ['sample', 's1n300', 's2n300', 's3n2000'] as const

/** Every bullet; then a ranking read in pages as the Bullets view reads it; then a period. */
export function bulletOutputs(name: string, role: RoleId, shareSafe: boolean) {
  const entries = journal(name)
  const options = { asOf: AS_OF, role, shareSafe }
  const ranking = rankBullets(entries, options)
  return {
    all: digest(generateBullets(entries, options)),
    paged: digest([ranking.take(5), ranking.take(51), ranking.take(200)]),
    period: digest(
      generateBullets(entries, { ...options, from: '2025-01-01', to: '2025-06-30', limit: 30 }),
    ),
  }
}

export const REVIEW_PERIODS = [
  ['2026-07-01', '2026-09-30'],
  ['2025-10-01', '2025-12-31'],
  ['2024-01-01', '2024-12-31'],
] as const

/** The Markdown of each period's review (scores and the log in alternate modes). */
export function reviewOutputs(name: string, role: RoleId, shareSafe: boolean): string[] {
  const entries = journal(name)
  return REVIEW_PERIODS.map(([from, to]) =>
    digest(
      renderReviewMarkdown(
        buildReview(entries, {
          from,
          to,
          role,
          shareSafe,
          showScores: shareSafe,
          includeLog: !shareSafe,
        }),
      ),
    ),
  )
}
