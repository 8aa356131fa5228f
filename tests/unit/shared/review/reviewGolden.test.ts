// Golden Markdown for the fixture journal. The committed file was read and judged by a
// person; after an intended change, regenerate with UPDATE_GOLDEN=1 and read the diff.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildReview } from '../../../../shared/review'
import { renderReviewMarkdown } from '../../../../shared/review'
import { fixtureJournal } from '../../../fixtures/journal'

const GOLDEN = new URL('../../../golden/review-2026-Q4.md', import.meta.url)

describe('golden review', () => {
  it('renders the fixture journal’s 2026 Q4 review exactly as approved', () => {
    const markdown = renderReviewMarkdown(
      buildReview(fixtureJournal, { from: '2026-10-01', to: '2026-12-31', includeLog: true }),
    )
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown)
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'))
  })
})
