// Golden Markdown for the sample journal's 2026 Q4 review. Each committed file was read
// line by line as the manager receiving it would; after an intended change, regenerate
// with UPDATE_GOLDEN=1 and read the diff.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildReview, renderReviewMarkdown } from '../../../../shared/review'
import { GOLDEN_JOURNAL, GOLDEN_REVIEWS } from './goldenReviews'

describe('golden reviews of the sample journal', () => {
  for (const [file, options] of Object.entries(GOLDEN_REVIEWS)) {
    it(`renders ${file} exactly as approved`, () => {
      const golden = new URL(`../../../golden/${file}`, import.meta.url)
      const markdown = renderReviewMarkdown(buildReview(GOLDEN_JOURNAL, options))
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, markdown)
      expect(markdown).toBe(readFileSync(golden, 'utf8'))
    })
  }
})
