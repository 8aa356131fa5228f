import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  endOfMonth,
  isRealIsoDate,
  localIsoDate,
  startOfMonth,
} from '../../../../shared/time'

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2023-02-29')).toBe(false)
    expect(isRealIsoDate('2026-13-01')).toBe(false)
    expect(isRealIsoDate('2026-1-01')).toBe(false)
    expect(isRealIsoDate('not a date')).toBe(false)
  })

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364)
    expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364)
  })

  it('finds month boundaries with offsets', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29')
    expect(endOfMonth('2026-11-22', -11)).toBe('2025-12-31')
    expect(startOfMonth('2026-01-15', -1)).toBe('2025-12-01')
  })

  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22')
  })
})
