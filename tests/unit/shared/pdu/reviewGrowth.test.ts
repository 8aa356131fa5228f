// The review's growth section mentions certification progress: entries claiming PDUs
// appear with their claim in words, the period's PDU hours are totalled, and, given the
// certifications held, each cycle says whether it is on track. A journal without claims
// gets the same section as before (the golden reviews check the sample journal).
import { describe, expect, it } from 'vitest'
import { buildReview, renderReviewMarkdown } from '../../../../shared/review'
import { reviewContext } from '../../../../shared/review/context'
import { growthSection } from '../../../../shared/review/sections/growth'
import { periodFromRange } from '../../../../shared/time'
import { pduYear, PDU_CYCLE_START } from '../../../fixtures/pduJournal'

// 2025 Q4: 2.75 (Oct 10) + 6 (Nov 14) + 5 (Dec 5) = 13.75 PDUs.
const Q4 = { from: '2025-10-01', to: '2025-12-31' }

describe('review growth with PDU claims', () => {
  it('lists the claiming entries with their PDUs and totals the period', () => {
    const review = buildReview(pduYear, { ...Q4, shareSafe: false })
    const growth = review.growth!
    expect(growth.entries.map((e) => e.entryId)).toEqual(['pdu-09', 'pdu-10', 'pdu-11'])
    expect(growth.entries[1]!.pdu).toEqual({ hours: 6, category: 'Volunteering' })
    expect(growth.entries[1]!.detail).toBe('6 PDUs (Volunteering).')
    expect(growth.pdus).toEqual({ hours: 13.75, certifications: [] })
    expect(renderReviewMarkdown(review)).toContain('5 PDUs (Working as a practitioner).')
  })

  it('says whether each certification cycle is on track at the end of the period', () => {
    const period = periodFromRange(Q4.from, Q4.to)
    const context = reviewContext(
      pduYear,
      period,
      { from: '2025-07-01', to: '2025-09-30' },
      {
        role: 'pmo-lead',
        shareSafe: false,
        showScores: false,
        sections: ['growth'],
      },
    )
    const growth = growthSection(context, [
      { id: 'c', certification: 'PMP', cycleStart: PDU_CYCLE_START },
    ])
    // By 2025-12-31: 7+1.5+4+4+5+3.25+2+1.5+2.75+6+5 = 42 earned; practitioner 10 → 8
    // counted, so 40 counted. An even pace: 60 × 293 / 1096 = 16.04 → 16. On track.
    expect(growth.pdus?.certifications).toEqual([
      {
        certification: 'PMP',
        counted: 40,
        required: 60,
        remaining: 20,
        cycleEnd: '2028-03-13',
        status: 'On track',
        onTrack: true,
      },
    ])
  })

  it('prints the period total and each cycle in the document, given the certifications', () => {
    const certifications = [{ id: 'c', certification: 'PMP' as const, cycleStart: PDU_CYCLE_START }]
    const review = buildReview(pduYear, { ...Q4, shareSafe: false, certifications })
    const markdown = renderReviewMarkdown(review)
    expect(markdown).toContain('Claimed 13.75 PDUs in this period.')
    // The figures of the test above: 40 counted, 20 still needed, on track.
    expect(markdown).toContain(
      '- PMP: 40 PDUs of 60 counted; 20 still needed by 13 Mar 2028 (on track).',
    )
    // Without certifications the total alone.
    const plain = renderReviewMarkdown(buildReview(pduYear, { ...Q4, shareSafe: false }))
    expect(plain).toContain('Claimed 13.75 PDUs in this period.')
    expect(plain).not.toContain('PMP:')
  })

  it('adds nothing when the period has no claims and no certification is tracked', () => {
    const review = buildReview(pduYear, { from: '2024-01-01', to: '2024-03-31' })
    expect(review.growth!.entries).toEqual([])
    expect(review.growth!.pdus).toBeUndefined()
    expect(JSON.stringify(review.growth)).not.toContain('pdus')
  })
})
