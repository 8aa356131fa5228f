import { describe, expect, it } from 'vitest'
import { periodRange } from '../../../../renderer/src/features/bullets/period'

describe('periodRange', () => {
  it('calendar quarters and year', () => {
    expect(periodRange('this-quarter', '2026-11-15')).toEqual({
      from: '2026-10-01',
      to: '2026-11-15',
    })
    expect(periodRange('last-quarter', '2026-11-15')).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    })
    expect(periodRange('last-quarter', '2026-02-10')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    })
    expect(periodRange('this-year', '2026-11-15')).toEqual({ from: '2026-01-01', to: '2026-11-15' })
    expect(periodRange('all', '2026-11-15')).toEqual({})
  })

  it('fiscal quarters from the start month', () => {
    // Fiscal year from April: November is in Q3 (Oct-Dec), the year began 1 April.
    expect(periodRange('this-quarter', '2026-11-15', 4).from).toBe('2026-10-01')
    expect(periodRange('this-year', '2026-02-15', 4).from).toBe('2025-04-01')
    expect(periodRange('this-quarter', '2026-02-15', 2).from).toBe('2026-02-01')
  })

  it('custom dates, either end optional', () => {
    expect(periodRange('custom', '2026-11-15', 1, { from: '2026-03-01' })).toEqual({
      from: '2026-03-01',
    })
  })
})
