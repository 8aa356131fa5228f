// The CSV opens in a spreadsheet with PMI's columns in order: parsed back with
// papaparse (what a spreadsheet import does), one row per claim, numbers as numbers.
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { PDU_CSV_COLUMNS, pduCsv, pduCsvFileName, pduLedger } from '../../../../shared/pdu'
import { pduEntry, pduYear, PDU_AS_OF, PDU_CYCLE_START } from '../../../fixtures/pduJournal'

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

describe('pduCsv', () => {
  const ledger = pduLedger(pduYear, {
    certification: 'PMP',
    cycleStart: PDU_CYCLE_START,
    asOf: PDU_AS_OF,
  })

  it('has the reporting form columns, then one row per claim, oldest first', () => {
    const [header, ...rows] = parse(pduCsv(ledger.activities))
    expect(header).toEqual([...PDU_CSV_COLUMNS])
    expect(rows).toHaveLength(pduYear.length)
    expect(rows[0]).toEqual([
      'Education',
      'PMI',
      'Hybrid delivery: choosing the right approach',
      '2025-03-28',
      '2025-03-28',
      'Hybrid delivery: choosing the right approach',
      '7',
      '',
      '',
      '',
      '7',
      'Yes',
    ])
    const practitioner = rows.find((r) => r[0] === 'Giving Back: Working as a practitioner')!
    expect(practitioner.slice(6)).toEqual(['', '', '', '5', '5', 'Yes'])
    // The totals column adds up to what was earned: 46.75.
    expect(rows.reduce((sum, r) => sum + Number(r[10]), 0)).toBe(ledger.earned)
  })

  it('keeps commas, quotes and line breaks inside a cell, and defuses formulas', () => {
    const tricky = pduEntry('t', '2025-06-01', 'power-skills', 1.5, {
      provider: 'Smith, Jones & "Partners"',
      activity: '=HYPERLINK("http://example.invalid")',
      title: 'Two\nlines',
    })
    const ledger = pduLedger([tricky], {
      certification: 'PMP',
      cycleStart: '2025-01-01',
      asOf: '2025-12-31',
    })
    const [, row] = parse(pduCsv(ledger.activities))
    expect(row![1]).toBe('Smith, Jones & "Partners"')
    expect(row![2]).toBe(`'=HYPERLINK("http://example.invalid")`)
    expect(row![5]).toBe('Two\nlines')
    expect(row![7]).toBe('1.5')
  })

  it('writes only the header when there is nothing to report', () => {
    expect(parse(pduCsv([]))).toEqual([[...PDU_CSV_COLUMNS]])
  })

  it('names the file after the certification and its cycle', () => {
    expect(pduCsvFileName('PMP', '2025-03-14')).toBe('leadlog-pdus-PMP-2025-03-14.csv')
  })
})
