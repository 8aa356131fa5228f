// PDU claims in the data contract: old entries and settings stay valid, a claim survives
// a backup's round trip, and a bad claim is refused with its place and reason.
import { describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup } from '../../../../shared/backup'
import { parseSettings, validateEntry } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'
import { backupOf } from '../../../fixtures/backup'
import { pduEntry } from '../../../fixtures/pduJournal'

describe('PDU claims in entries', () => {
  it('leaves entries written before claims existed valid and unchanged', () => {
    for (const entry of fixtureJournal) {
      expect(entry.pdu).toBeUndefined()
      const check = validateEntry(structuredClone(entry), '2026-12-31')
      expect(check.ok && check.entry).toEqual(entry)
    }
  })

  it('round-trips a claim through a backup', () => {
    const withClaim = pduEntry('claim', '2026-02-01', 'giving-back-presentation', 1.75, {
      provider: 'PMI Chapter London',
      activity: 'Talk: PMO metrics',
      reported: true,
    })
    const entries = [...fixtureJournal, withClaim]
    const parsed = parseBackup(serializeBackup(backupOf(entries, '2026-11-15')))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.backup.entries.find((e) => e.id === 'claim')?.pdu).toEqual(withClaim.pdu)
    expect(parsed.backup.entries).toHaveLength(entries.length)
  })

  it('names the place and the reason of a bad claim', () => {
    const bad = {
      ...pduEntry('bad', '2026-02-01', 'power-skills', 1),
      pdu: { hours: 1.1, category: 'power-skills', reported: false },
    }
    const check = validateEntry(bad, '2026-12-31', 'entries[3]')
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems).toEqual([
      { path: 'entries[3].pdu.hours', message: 'must be in steps of 0.25' },
    ])
    const unknown = { ...bad, pdu: { hours: 1, category: 'lunch', reported: false } }
    const second = validateEntry(unknown, '2026-12-31')
    expect(!second.ok && second.problems[0]).toEqual({
      path: 'pdu.category',
      message: 'is not a PDU category',
    })
  })
})

describe('certifications in settings', () => {
  it('keeps stored settings without certifications valid', () => {
    expect(
      parseSettings({ targetRole: 'pmo-lead', fiscalYearStartMonth: 4 }).certifications,
    ).toBeUndefined()
  })

  it('reads certifications, and drops a damaged list instead of breaking the settings', () => {
    const good = { id: 'c1', certification: 'PMP', cycleStart: '2025-03-14', carryOverCap: 20 }
    expect(parseSettings({ targetRole: null, certifications: [good] }).certifications).toEqual([
      good,
    ])
    const damaged = parseSettings({
      targetRole: 'pmo-lead',
      certifications: [{ ...good, cycleStart: '2025-02-30' }],
    })
    expect(damaged.certifications).toBeUndefined()
    expect(damaged.targetRole).toBe('pmo-lead')
    expect(
      parseSettings({ certifications: [{ ...good, areaMinimum: 1.1 }] }).certifications,
    ).toBeUndefined()
  })
})
