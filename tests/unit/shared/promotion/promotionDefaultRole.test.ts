// A promotion case for someone who has not chosen a target role: weighed as for the
// default role, but the case never presents that role as the one they are aiming for.
import { describe, expect, it } from 'vitest'
import { sampleJournal } from '../../../../shared/entry'
import { buildPromotionCase, renderPromotionCaseMarkdown } from '../../../../shared/promotion'

const ASOF = '2026-12-01'
const entries = sampleJournal(ASOF)

function both(role: 'director-ops' | null) {
  const promotionCase = buildPromotionCase(entries, { asOf: ASOF, role })
  return { promotionCase, markdown: renderPromotionCaseMarkdown(promotionCase) }
}

const lines = (md: string) => md.split('\n')

describe('a promotion case without a chosen target role', () => {
  const chosen = both('director-ops')
  const unchosen = both(null)

  it('is the same case, weighed as the default role, with the role marked as the default', () => {
    expect(unchosen.promotionCase.role).toEqual({
      id: 'director-ops',
      name: 'Director of Operations',
      isDefault: true,
    })
    expect(unchosen.promotionCase.competencies).toEqual(chosen.promotionCase.competencies)
    expect(unchosen.promotionCase.gaps).toEqual(chosen.promotionCase.gaps)
  })

  it('names no role, and differs from the chosen one only where the role was named', () => {
    expect(unchosen.markdown).not.toMatch(/Director of Operations|this role|the role/)
    const removed = lines(chosen.markdown).filter((l) => !lines(unchosen.markdown).includes(l))
    const added = lines(unchosen.markdown).filter((l) => !lines(chosen.markdown).includes(l))
    expect(removed).toEqual([
      '# Promotion case: Director of Operations',
      expect.stringMatching(
        /^This is my case for the Director of Operations role, from the evidence of the 12 months to 1 Dec 2026\. /,
      ),
      '_In the order the role weighs them, strongest entries first._',
      expect.stringMatching(/^Where this role needs more evidence from me: /),
    ])
    expect(added).toEqual([
      '# Promotion case',
      expect.stringMatching(
        /^This is my case for promotion, from the evidence of the 12 months to 1 Dec 2026\. /,
      ),
      '_Strongest entries first._',
      expect.stringMatching(/^Where I need more evidence: /),
    ])
  })

  it('says so plainly when there is no evidence and no gap', () => {
    const empty = renderPromotionCaseMarkdown(buildPromotionCase([], { asOf: ASOF, role: null }))
    expect(empty).toContain(
      'This is my case for promotion. I have logged no evidence in the 12 months to 1 Dec 2026 yet.',
    )
    expect(empty).not.toMatch(/this role|the role|Director/)
  })
})
