// A review for someone who has not chosen a target role: weighed as for the default role,
// but the document for their manager never presents that role as theirs.
import { describe, expect, it } from 'vitest'
import { buildReview, renderReviewMarkdown } from '../../../../shared/review'
import { GOLDEN_JOURNAL, GOLDEN_REVIEWS } from './goldenReviews'

const SCORES = GOLDEN_REVIEWS['review-2026-Q4-scores.md']!

function both(role: 'director-ops' | null) {
  const review = buildReview(GOLDEN_JOURNAL, { ...SCORES, role })
  return { review, markdown: renderReviewMarkdown(review) }
}

describe('a review without a chosen target role', () => {
  const chosen = both('director-ops')
  const unchosen = both(null)

  it('is weighed as the default role, and says in its data that the role is the default', () => {
    expect(unchosen.review.role).toEqual({
      id: 'director-ops',
      name: 'Director of Operations',
      isDefault: true,
    })
    expect(chosen.review.role).toEqual({ id: 'director-ops', name: 'Director of Operations' })
    expect(unchosen.review.summary?.readiness).toEqual(chosen.review.summary?.readiness)
    expect(unchosen.review.competencies).toEqual(chosen.review.competencies)
  })

  it('never names the role, and differs from the chosen one only where the role was named', () => {
    // The sample journal's own words mention the role once ("back me for Director of
    // Operations"): that is the user's text and stays; the document adds no mention.
    const mentions = (md: string) => md.match(/Director of Operations/g)?.length ?? 0
    expect(mentions(unchosen.markdown)).toBe(1)
    expect(mentions(chosen.markdown)).toBe(4)
    const lines = (md: string) => md.split('\n')
    const removed = lines(chosen.markdown).filter((l) => !lines(unchosen.markdown).includes(l))
    const added = lines(unchosen.markdown).filter((l) => !lines(chosen.markdown).includes(l))
    expect(removed).toEqual([
      '_1 Oct – 31 Dec 2026 · Target role: Director of Operations_',
      expect.stringMatching(
        /^- \*\*Readiness for Director of Operations, as the journal scores it:\*\* /,
      ),
      '_Most important for a Director of Operations first._',
    ])
    expect(added).toEqual([
      '_1 Oct – 31 Dec 2026_',
      expect.stringMatching(/^- \*\*Readiness, as the journal scores it:\*\* /),
    ])
  })

  it('keeps the old meaning of a missing role: the default role, named', () => {
    const { role: _role, ...withoutRole } = SCORES
    const review = buildReview(GOLDEN_JOURNAL, withoutRole)
    expect(review.role).toEqual({ id: 'director-ops', name: 'Director of Operations' })
    expect(renderReviewMarkdown(review)).toBe(chosen.markdown)
  })
})
