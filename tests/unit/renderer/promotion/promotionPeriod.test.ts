import { describe, expect, it } from 'vitest'
import { checkCaseRange } from '../../../../renderer/src/features/promotion/useCasePeriod'
import { caseFileName } from '../../../../renderer/src/features/promotion/caseExports'
import { buildPromotionCase } from '../../../../shared/promotion'

const today = '2026-12-01'

describe('the promotion case’s custom dates', () => {
  it('accept a real range that ends by today', () => {
    expect(checkCaseRange('2026-01-01', '2026-06-30', today)).toEqual({
      ok: true,
      from: '2026-01-01',
      to: '2026-06-30',
      custom: true,
    })
    expect(checkCaseRange(today, today, today).ok).toBe(true)
  })

  it('say what is wrong otherwise', () => {
    expect(checkCaseRange('', '2026-06-30', today)).toEqual({
      ok: false,
      message: 'Enter both a start and an end date.',
    })
    expect(checkCaseRange('2026-07-01', '2026-06-30', today)).toEqual({
      ok: false,
      message: 'The start date is after the end date.',
    })
    expect(checkCaseRange('2026-11-01', '2026-12-02', today)).toEqual({
      ok: false,
      message: 'The end date is in the future.',
    })
    expect(checkCaseRange('2026-02-30', '2026-03-01', today)).toEqual({
      ok: false,
      message: 'The start date is not a real date.',
    })
  })
})

describe('the promotion case’s file names', () => {
  it('name the role and the period’s last day', () => {
    const c = buildPromotionCase([], { asOf: today, role: 'pmo-lead' })
    expect(caseFileName(c, 'md')).toBe('leadlog-promotion-case-pmo-lead-2026-12-01.md')
    expect(caseFileName(c, 'docx')).toBe('leadlog-promotion-case-pmo-lead-2026-12-01.docx')
  })
})
