import { describe, expect, it } from 'vitest'
import { COMPETENCY_IDS } from '../../../../shared/entry'
import {
  COMPETENCIES,
  COMPETENCY_BY_ID,
  ROLES,
  ROLE_BY_ID,
  resolveWeights,
} from '../../../../shared/entry'
import { SUGGESTIONS } from '../../../../shared/readiness'

describe('competency framework', () => {
  it('describes every competency once, in id order', () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_IDS])
    for (const c of COMPETENCIES) {
      expect(c.name && c.description && c.evidence).toBeTruthy()
      expect(COMPETENCY_BY_ID[c.id]).toBe(c)
    }
  })

  it('has role presets whose weights sum to 1', () => {
    expect(ROLES).toHaveLength(5)
    for (const role of ROLES) {
      const total = COMPETENCY_IDS.reduce((s, id) => s + role.weights[id], 0)
      expect(total).toBeCloseTo(1, 12)
    }
  })

  it('matches the domain table (spot checks)', () => {
    expect(ROLE_BY_ID['director-ops'].weights.strategy).toBe(0.16)
    expect(ROLE_BY_ID['pmo-lead'].weights.process).toBe(0.16)
    expect(ROLE_BY_ID['people-manager'].weights.people).toBe(0.22)
    expect(ROLE_BY_ID['lead-without-reports'].weights.influence).toBe(0.14)
    expect(ROLE_BY_ID['it-director'].weights.business).toBe(0.12)
  })

  it('has at least four suggestions per competency, none repeated', () => {
    for (const id of COMPETENCY_IDS) {
      expect(SUGGESTIONS[id].length).toBeGreaterThanOrEqual(4)
      expect(new Set(SUGGESTIONS[id]).size).toBe(SUGGESTIONS[id].length)
    }
  })
})

describe('resolveWeights', () => {
  it('returns the preset when nothing is customised', () => {
    expect(resolveWeights('pmo-lead')).toEqual(ROLE_BY_ID['pmo-lead'].weights)
  })

  it('lays custom values over the preset and normalises to 1', () => {
    const w = resolveWeights('director-ops', { growth: 0.2 })
    // 0.96 from the other presets + 0.2 = 1.16
    expect(w.growth).toBeCloseTo(0.2 / 1.16, 12)
    expect(w.strategy).toBeCloseTo(0.16 / 1.16, 12)
    expect(COMPETENCY_IDS.reduce((s, id) => s + w[id], 0)).toBeCloseTo(1, 12)
  })

  it('ignores negative or non-finite values and falls back to the preset when all are 0', () => {
    const w = resolveWeights('director-ops', { strategy: -1, results: Number.NaN })
    expect(w).toEqual(ROLE_BY_ID['director-ops'].weights)
    const zero = Object.fromEntries(COMPETENCY_IDS.map((id) => [id, 0]))
    expect(resolveWeights('it-director', zero)).toEqual(ROLE_BY_ID['it-director'].weights)
  })
})
