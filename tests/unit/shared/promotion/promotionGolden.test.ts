// Golden Markdown of the sample journal's promotion case, share-safe and named. The
// committed files were read line by line as a promotion committee would; after an
// intended change, regenerate with UPDATE_GOLDEN=1 and read the diff the same way.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sampleJournal } from '../../../../shared/entry'
import { buildPromotionCase, renderPromotionCaseMarkdown } from '../../../../shared/promotion'

const entries = sampleJournal('2026-12-01')

function golden(file: string, shareSafe: boolean): void {
  const url = new URL(`../../../golden/${file}`, import.meta.url)
  const markdown = renderPromotionCaseMarkdown(
    buildPromotionCase(entries, { asOf: '2026-12-01', role: 'director-ops', shareSafe }),
  )
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, markdown)
  expect(markdown).toBe(readFileSync(url, 'utf8'))
}

describe('golden promotion case', () => {
  it('renders the sample journal’s case for Director of Operations, share-safe, as approved', () => {
    golden('promotion-case.md', true)
  })

  it('renders the same case with names, as approved', () => {
    golden('promotion-case-named.md', false)
  })
})
