// Properties of the ledger over any claims: what counts never exceeds what was earned,
// what is left is at least the gap to the total, and nothing is left exactly when the
// total and every minimum are met.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CERTIFICATIONS, PDU_AREAS, PDU_CATEGORIES } from '../../../../shared/entry'
import { pduLedger, resolveRules } from '../../../../shared/pdu'
import { addDays } from '../../../../shared/time'
import { pduEntry } from '../../../fixtures/pduJournal'

const claim = fc.record({
  day: fc.integer({ min: -200, max: 1300 }),
  category: fc.constantFrom(...PDU_CATEGORIES),
  quarters: fc.integer({ min: 1, max: 200 }),
  deleted: fc.boolean(),
})

const scenario = fc.record({
  certification: fc.constantFrom(...CERTIFICATIONS),
  claims: fc.array(claim, { maxLength: 40 }),
  asOfDay: fc.integer({ min: -30, max: 1200 }),
  areaMinimum: fc.option(
    fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
    { nil: undefined },
  ),
})

const START = '2024-05-20'

describe('pduLedger properties', () => {
  it('counted ≤ earned; remaining ≥ max(0, required − counted); 0 only when all rules are met', () => {
    fc.assert(
      fc.property(scenario, ({ certification, claims, asOfDay, areaMinimum }) => {
        const entries = claims.map((c, i) =>
          pduEntry(`e${i}`, addDays(START, c.day), c.category, c.quarters / 4, {
            ...(c.deleted ? { deletedAt: '2030-01-01T00:00:00.000Z' } : {}),
          }),
        )
        const rules = areaMinimum === undefined ? {} : { areaMinimum }
        const options = { certification, cycleStart: START, asOf: addDays(START, asOfDay), rules }
        const ledger = pduLedger(entries, options)
        const resolved = resolveRules(certification, rules)
        expect(ledger.counted).toBeLessThanOrEqual(ledger.earned)
        expect(ledger.givingBack.counted).toBeLessThanOrEqual(ledger.givingBack.cap)
        expect(ledger.remaining).toBeGreaterThanOrEqual(
          Math.max(0, ledger.required - ledger.counted),
        )
        const allMet =
          ledger.counted >= ledger.required &&
          ledger.education.earned >= resolved.educationMinimum &&
          PDU_AREAS.every((a) => ledger.byArea[a].earned >= ledger.byArea[a].minimum)
        expect(ledger.remaining === 0).toBe(allMet)
        expect(ledger.carryOver).toBeGreaterThanOrEqual(0)
        expect(ledger.carryOver).toBeLessThanOrEqual(resolved.carryOverCap)
        expect(Number.isInteger(ledger.remaining * 4)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
