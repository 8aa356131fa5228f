// Every PDU rule, one at a time, with the arithmetic written out. A PMP cycle starting
// 2025-03-14 ends 2028-03-13; its last year starts 2027-03-14.
import { describe, expect, it } from 'vitest'
import { PDU_RULES, pduLedger, resolveRules, type LedgerOptions } from '../../../../shared/pdu'
import { pduClaimSchema } from '../../../../shared/entry'
import { pduEntry, pduYear, PDU_AS_OF, PDU_CYCLE_START } from '../../../fixtures/pduJournal'

const PMP: LedgerOptions = { certification: 'PMP', cycleStart: '2025-03-14', asOf: '2028-03-13' }

describe('the cycle', () => {
  it('runs three years from the start, ending the day before the third anniversary', () => {
    expect(pduLedger([], PMP).cycleEnd).toBe('2028-03-13')
    // 29 February 2024 + 3 years is 1 March 2027 (no 29th), so the cycle ends 28 February.
    expect(pduLedger([], { ...PMP, cycleStart: '2024-02-29' }).cycleEnd).toBe('2027-02-28')
  })

  it('counts nothing from before the cycle, after its end, or after asOf', () => {
    const entries = [
      pduEntry('before', '2025-03-13', 'power-skills', 5), // the day before the start
      pduEntry('first', '2025-03-14', 'power-skills', 2), // the first day counts
      pduEntry('last', '2028-03-13', 'power-skills', 3), // the last day counts
      pduEntry('after', '2028-03-14', 'power-skills', 7), // the next cycle's
    ]
    // 2 + 3 = 5; the 5 before and the 7 after stay out.
    expect(pduLedger(entries, PMP).earned).toBe(5)
    // As of 2026-01-01 the claim dated 2028 has not happened yet: only the 2.
    expect(pduLedger(entries, { ...PMP, asOf: '2026-01-01' }).earned).toBe(2)
  })

  it('ignores entries in the trash and entries without a claim', () => {
    const entries = [
      pduEntry('kept', '2025-06-01', 'ways-of-working', 4),
      pduEntry('trashed', '2025-06-02', 'ways-of-working', 10, {
        deletedAt: '2025-07-01T10:00:00.000Z',
      }),
      { ...pduEntry('plain', '2025-06-03', 'ways-of-working', 1), pdu: undefined },
    ]
    // Only the 4: the 10 is deleted, the plain entry claims nothing.
    expect(pduLedger(entries, PMP).earned).toBe(4)
    expect(pduLedger(entries, PMP).activities.map((a) => a.entryId)).toEqual(['kept'])
  })
})

describe('quarter-hour steps', () => {
  it('accepts 0.25 steps and refuses anything finer, zero or negative', () => {
    expect(
      pduClaimSchema.safeParse({ hours: 0.25, category: 'power-skills', reported: false }).success,
    ).toBe(true)
    expect(
      pduClaimSchema.safeParse({ hours: 7.75, category: 'power-skills', reported: false }).success,
    ).toBe(true)
    for (const hours of [0.1, 1.3, 0, -1, 1000.25]) {
      expect(
        pduClaimSchema.safeParse({ hours, category: 'power-skills', reported: false }).success,
      ).toBe(false)
    }
  })

  it('adds quarters exactly', () => {
    const entries = [0.25, 0.5, 0.75, 1.25].map((h, i) =>
      pduEntry(`q${i}`, '2025-05-01', 'power-skills', h),
    )
    // 0.25 + 0.5 + 0.75 + 1.25 = 2.75, exactly (quarters are exact in binary).
    expect(pduLedger(entries, PMP).earned).toBe(2.75)
  })
})

describe('Education minimums (PMP: 35 in all, 8 in each area)', () => {
  it('needs 8 in each Talent Triangle area even when the total is met', () => {
    const entries = [
      pduEntry('w', '2025-05-01', 'ways-of-working', 50),
      pduEntry('p', '2025-05-02', 'power-skills', 6),
      pduEntry('b', '2025-05-03', 'business-acumen', 4),
    ]
    const ledger = pduLedger(entries, PMP)
    // Counted 50 + 6 + 4 = 60 meets the total, but Power Skills is 8 − 6 = 2 short and
    // Business Acumen 8 − 4 = 4 short: 2 + 4 = 6 more are needed.
    expect(ledger.counted).toBe(60)
    expect(ledger.byArea['power-skills']).toEqual({ earned: 6, minimum: 8 })
    expect(ledger.remaining).toBe(6)
    expect(ledger.status).not.toBe('complete')
  })

  it('needs 35 Education even when the areas and the total are met by Giving Back', () => {
    const entries = [
      pduEntry('w', '2025-05-01', 'ways-of-working', 10),
      pduEntry('p', '2025-05-02', 'power-skills', 10),
      pduEntry('b', '2025-05-03', 'business-acumen', 10),
      pduEntry('v', '2025-05-04', 'giving-back-volunteering', 25),
      pduEntry('c', '2025-05-05', 'giving-back-content', 10),
    ]
    const ledger = pduLedger(entries, PMP)
    // Education 30; Giving Back 35 earned, 25 counted; counted 30 + 25 = 55.
    // Short: total 60 − 55 = 5, Education 35 − 30 = 5, areas 0: 5 more Education do both.
    expect(ledger.education).toEqual({ earned: 30, minimum: 35 })
    expect(ledger.counted).toBe(55)
    expect(ledger.remaining).toBe(5)
  })

  it('is complete when the total and every minimum are met', () => {
    const entries = [
      pduEntry('w', '2025-05-01', 'ways-of-working', 12),
      pduEntry('p', '2025-05-02', 'power-skills', 12),
      pduEntry('b', '2025-05-03', 'business-acumen', 11),
      pduEntry('v', '2025-05-04', 'giving-back-volunteering', 25),
    ]
    // 12 + 12 + 11 = 35 Education, each area ≥ 8; 35 + 25 = 60.
    const ledger = pduLedger(entries, PMP)
    expect(ledger.remaining).toBe(0)
    expect(ledger.status).toBe('complete')
    expect(ledger.perMonthToFinish).toBe(0)
  })
})

describe('Giving Back caps (PMP: 25 in all, 8 as a practitioner)', () => {
  it('counts practitioner hours up to 8', () => {
    const entries = [pduEntry('job', '2025-05-01', 'giving-back-practitioner', 12.5)]
    const ledger = pduLedger(entries, PMP)
    // 12.5 earned, min(12.5, 8) = 8 counted; the 4.5 over the cap show as earned only.
    expect(ledger.practitioner).toEqual({ earned: 12.5, counted: 8, cap: 8 })
    expect(ledger.givingBack).toEqual({ earned: 12.5, counted: 8, cap: 25 })
    expect(ledger.earned).toBe(12.5)
    expect(ledger.counted).toBe(8)
  })

  it('counts Giving Back up to 25, after the practitioner cap', () => {
    const entries = [
      pduEntry('job', '2025-05-01', 'giving-back-practitioner', 10),
      pduEntry('talk', '2025-05-02', 'giving-back-presentation', 9),
      pduEntry('vol', '2025-05-03', 'giving-back-volunteering', 12),
    ]
    const ledger = pduLedger(entries, PMP)
    // Practitioner min(10, 8) = 8; with 9 + 12 = 21 others, 29 > 25: 25 counted of 31 earned.
    expect(ledger.givingBack).toEqual({ earned: 31, counted: 25, cap: 25 })
    expect(ledger.counted).toBe(25)
    // Still 60 − 25 = 35 needed, all of it Education (35 − 0 = 35; areas 3 × 8 = 24).
    expect(ledger.remaining).toBe(35)
  })
})

describe('carry-over (PMP: up to 20 earned in the last year)', () => {
  const met = [
    pduEntry('w', '2025-05-01', 'ways-of-working', 12),
    pduEntry('p', '2025-05-02', 'power-skills', 12),
    pduEntry('b', '2025-05-03', 'business-acumen', 11),
    pduEntry('v', '2025-05-04', 'giving-back-volunteering', 25),
  ] // 60 counted, every rule met (see above)

  it('carries the extra earned in the last year, up to 20', () => {
    const extra = [pduEntry('late', '2027-06-01', 'power-skills', 30)]
    // Counted 60 + 30 = 90; 30 over 60, all earned in the last year; capped at 20.
    expect(pduLedger([...met, ...extra], PMP).carryOver).toBe(20)
    const some = [pduEntry('late', '2027-06-01', 'power-skills', 7.5)]
    // 7.5 over, all in the last year, under the cap: 7.5.
    expect(pduLedger([...met, ...some], PMP).carryOver).toBe(7.5)
  })

  it('carries nothing earned before the last year', () => {
    const early = [pduEntry('early', '2026-06-01', 'power-skills', 10)]
    const late = [pduEntry('late', '2027-03-14', 'power-skills', 4)] // first day of the last year
    // 14 over 60, but only the 4 dated from 2027-03-14 were earned in the last year.
    expect(pduLedger([...met, ...early, ...late], PMP).carryOver).toBe(4)
    expect(pduLedger([...met, ...early], PMP).carryOver).toBe(0)
  })

  it('carries nothing while a rule is unmet, and no Giving Back over its cap', () => {
    const short = met.filter((e) => e.id !== 'b') // Business Acumen 0 of 8
    const late = [pduEntry('late', '2027-06-01', 'power-skills', 20)]
    expect(pduLedger([...short, ...late], PMP).carryOver).toBe(0)
    const lateGivingBack = [pduEntry('gb', '2027-06-01', 'giving-back-content', 10)]
    // Giving Back was already 25 of 25: the 10 more count for nothing, so nothing carries.
    expect(pduLedger([...met, ...lateGivingBack], PMP).carryOver).toBe(0)
  })
})

describe('countdown and pace', () => {
  it('spreads what is left over the months left', () => {
    // As of 2026-03-14, 731 days remain (2026-03-14 … 2028-03-13, both counted, with
    // 29 February 2028): 731 / 30.436875 = 24.02 months; 60 needed / 24.02 = 2.50 a month.
    const ledger = pduLedger([], { ...PMP, asOf: '2026-03-14' })
    expect(ledger.daysLeft).toBe(731)
    expect(ledger.perMonthToFinish).toBeCloseTo(60 / (731 / 30.436875), 6)
    // 366 of the cycle's 1,096 days have passed: an even pace would have reached
    // 60 × 366 / 1096 = 20.04, i.e. 20 in quarter steps.
    expect(ledger.expectedByNow).toBe(20)
    expect(ledger.status).toBe('behind')
  })

  it('asks for all of it in the last month, and says so when the cycle ended short', () => {
    const lastWeek = pduLedger([], { ...PMP, asOf: '2028-03-07' })
    expect(lastWeek.daysLeft).toBe(7)
    expect(lastWeek.perMonthToFinish).toBe(60)
    const over = pduLedger([], { ...PMP, asOf: '2028-04-01' })
    expect(over.daysLeft).toBe(0)
    expect(over.status).toBe('ended-short')
  })

  it('is on track when counted PDUs keep up with an even pace', () => {
    const ledger = pduLedger([pduEntry('w', '2025-04-01', 'ways-of-working', 20)], {
      ...PMP,
      asOf: '2026-03-14',
    })
    // 20 counted ≥ 20 expected.
    expect(ledger.status).toBe('on-track')
  })
})

describe('the other certifications', () => {
  it('take their totals from the table', () => {
    expect(pduLedger([], { ...PMP, certification: 'PgMP' }).required).toBe(60)
    expect(pduLedger([], { ...PMP, certification: 'PMI-ACP' }).required).toBe(30)
    expect(pduLedger([], { ...PMP, certification: 'CAPM' }).required).toBe(15)
  })

  it('leave an unconfirmed figure to the user, applying none until it is set', () => {
    expect(PDU_RULES['PMI-ACP'].areaMinimum).toBeNull()
    const acp = pduLedger([pduEntry('j', '2025-05-01', 'giving-back-practitioner', 20)], {
      ...PMP,
      certification: 'PMI-ACP',
    })
    expect(acp.unconfirmed).toEqual(['areaMinimum', 'practitionerCap', 'carryOverCap'])
    // No practitioner cap of its own: the Giving Back cap of 12 applies, min(20, 12) = 12.
    expect(acp.givingBack.counted).toBe(12)
    expect(acp.byArea['power-skills'].minimum).toBe(0)
    // Set by the user: 4 in each area and 6 as a practitioner.
    const set = pduLedger([pduEntry('j', '2025-05-01', 'giving-back-practitioner', 20)], {
      ...PMP,
      certification: 'PMI-ACP',
      rules: { areaMinimum: 4, practitionerCap: 6 },
    })
    expect(set.unconfirmed).toEqual(['carryOverCap'])
    expect(set.givingBack.counted).toBe(6)
    // Needed: total 30 − 6 = 24; Education 18 − 0 = 18; areas 3 × 4 = 12: 24.
    expect(set.remaining).toBe(24)
  })

  it('never lets a user figure lift the practitioner cap above the Giving Back cap', () => {
    expect(resolveRules('CAPM', { practitionerCap: 50 }).practitionerCap).toBe(6)
  })
})

describe('a realistic year', () => {
  it('adds up as a person would on paper', () => {
    const ledger = pduLedger(pduYear, {
      certification: 'PMP',
      cycleStart: PDU_CYCLE_START,
      asOf: PDU_AS_OF,
    })
    // Ways of Working 7 + 2 + 1.25 = 10.25; Power Skills 1.5 + 3.25 + 2.75 = 7.5;
    // Business Acumen 4 + 4 + 1.5 = 9.5; Education 27.25.
    expect(ledger.byArea['ways-of-working'].earned).toBe(10.25)
    expect(ledger.byArea['power-skills'].earned).toBe(7.5)
    expect(ledger.byArea['business-acumen'].earned).toBe(9.5)
    // Practitioner 5 + 5 = 10, 8 counted; other Giving Back 1.5 + 6 + 2 = 9.5; 17.5 counted.
    expect(ledger.givingBack).toEqual({ earned: 19.5, counted: 17.5, cap: 25 })
    // Earned 27.25 + 19.5 = 46.75; counted 27.25 + 17.5 = 44.75; 60 − 44.75 = 15.25 left.
    expect(ledger.earned).toBe(46.75)
    expect(ledger.counted).toBe(44.75)
    expect(ledger.remaining).toBe(15.25)
    expect(ledger.status).toBe('on-track')
  })
})
