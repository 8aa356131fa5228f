import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, parseSettings } from '../../../../shared/entry'

describe('parseSettings', () => {
  it('falls back to defaults for missing or damaged values, field by field', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS)
    expect(parseSettings({ targetRole: 'pmo-lead', fiscalYearStartMonth: 13 })).toEqual({
      targetRole: 'pmo-lead',
      fiscalYearStartMonth: 1,
    })
    expect(parseSettings({ targetRole: 'astronaut', fiscalYearStartMonth: 4 })).toEqual({
      targetRole: null,
      fiscalYearStartMonth: 4,
    })
  })

  it('keeps valid custom weights and drops invalid ones', () => {
    expect(parseSettings({ customWeights: { strategy: 0.3 } }).customWeights).toEqual({
      strategy: 0.3,
    })
    expect(parseSettings({ customWeights: { strategy: -1 } }).customWeights).toBeUndefined()
  })
})
