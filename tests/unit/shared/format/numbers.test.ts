import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatDecimal,
  formatMetric,
  formatNumber,
  formatPercent,
} from '../../../../shared/format'

const NBSP = '\u00a0'

describe('formatNumber', () => {
  it('groups thousands as the locale does, British English by default', () => {
    expect(formatNumber(84000)).toBe('84,000')
    expect(formatNumber(1204)).toBe('1,204')
    expect(formatNumber(84000, 'en-US')).toBe('84,000')
    expect(formatNumber(84000, 'de-DE')).toBe('84.000')
  })

  it('keeps the fraction a person typed and hides floating-point noise', () => {
    expect(formatNumber(2.5)).toBe('2.5')
    expect(formatNumber(0.125)).toBe('0.125')
    expect(formatNumber(0.1 + 0.2)).toBe('0.3')
    expect(formatNumber(2.5, 'de-DE')).toBe('2,5')
  })

  it('writes small, zero and negative numbers', () => {
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(7)).toBe('7')
    expect(formatNumber(-1500)).toBe('-1,500')
  })
})

describe('formatDecimal', () => {
  it('always writes the places asked for', () => {
    expect(formatDecimal(4, 1)).toBe('4.0')
    expect(formatDecimal(4.25, 1)).toBe('4.3')
    expect(formatDecimal(1234.56, 1, 'en-US')).toBe('1,234.6')
    expect(formatDecimal(4.25, 1, 'de-DE')).toBe('4,3')
    expect(formatDecimal(4.4, 0)).toBe('4')
  })
})

describe('formatPercent', () => {
  it('writes a fraction as the locale writes a percentage', () => {
    expect(formatPercent(0.18)).toBe('18%')
    expect(formatPercent(0.18, 'en-US')).toBe('18%')
    expect(formatPercent(0.18, 'de-DE')).toBe(`18${NBSP}%`)
  })

  it('rounds to whole percent unless told otherwise', () => {
    expect(formatPercent(0.1249)).toBe('12%')
    expect(formatPercent(0.125)).toBe('13%')
    expect(formatPercent(0.1249, 'en-GB', 1)).toBe('12.5%')
    expect(formatPercent(0)).toBe('0%')
  })
})

describe('formatCount', () => {
  it('says one or many, the number grouped', () => {
    expect(formatCount(1, 'entry', 'entries')).toBe('1 entry')
    expect(formatCount(0, 'entry', 'entries')).toBe('0 entries')
    expect(formatCount(1204, 'entry', 'entries')).toBe('1,204 entries')
    expect(formatCount(1204, 'entry', 'entries', 'de-DE')).toBe('1.204 entries')
  })

  it('adds an s when no plural is given', () => {
    expect(formatCount(2, 'backup')).toBe('2 backups')
    expect(formatCount(1, 'backup')).toBe('1 backup')
  })
})

describe('formatMetric', () => {
  const spend = { value: 84000, unit: 'USD', measure: 'annual licence spend avoided' }
  const close = { value: 18, unit: '%', measure: 'faster month-end close' }

  it('writes the value grouped, then the unit and the measure', () => {
    expect(formatMetric(spend)).toBe('84,000 USD annual licence spend avoided')
    expect(formatMetric(spend, 'en-US')).toBe('84,000 USD annual licence spend avoided')
    expect(formatMetric(spend, 'de-DE')).toBe('84.000 USD annual licence spend avoided')
  })

  it('writes a percentage unit as the locale does', () => {
    expect(formatMetric(close)).toBe('18% faster month-end close')
    expect(formatMetric(close, 'en-US')).toBe('18% faster month-end close')
    expect(formatMetric(close, 'de-DE')).toBe(`18${NBSP}% faster month-end close`)
    expect(formatMetric(close, 'fr-FR')).toBe(`18${NBSP}% faster month-end close`)
    expect(formatMetric({ ...close, value: 33.3 })).toBe('33.3% faster month-end close')
  })

  it('trims the parts and leaves out an empty unit or measure', () => {
    expect(formatMetric({ value: 3, unit: '', measure: ' escalations closed ' })).toBe(
      '3 escalations closed',
    )
    expect(formatMetric({ value: 2.5, unit: ' days ', measure: '' })).toBe('2.5 days')
    expect(formatMetric({ value: 40, unit: ' % ', measure: '' })).toBe('40%')
  })
})
