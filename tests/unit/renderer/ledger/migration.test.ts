// A journal written at schema version 4 (before PDU claims) opens at the current version
// with every row as it was; an entry with a claim is stored and read back whole.
import { describe, expect, it } from 'vitest'
import { createDb, CURRENT_SCHEMA_VERSION, SETTINGS_KEY } from '../../../../renderer/src/data/db'
import { dumpDatabase } from '../../../../renderer/src/data/dump'
import { entrySchema } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'
import { pduEntry } from '../../../fixtures/pduJournal'

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))

describe('PDU claims and schema version 5', () => {
  it('opens a version 4 journal unchanged', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(5)
    const name = 'ledger-v4-journal'
    const v4 = createDb(name, 4)
    await v4.open()
    const settings = {
      key: SETTINGS_KEY,
      value: { targetRole: 'pmo-lead', fiscalYearStartMonth: 4 },
    }
    await v4.entries.bulkAdd(structuredClone(fixtureJournal))
    await v4.settings.add(structuredClone(settings))
    v4.close()

    const current = createDb(name)
    await current.open()
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION)
    const dump = await dumpDatabase(current)
    expect(dump.entries).toEqual(byId(fixtureJournal))
    expect(dump.settings).toEqual([settings])
    // Every old entry is still a valid entry, with no claim added.
    const rows = dump.entries ?? []
    expect(rows).toHaveLength(fixtureJournal.length)
    for (const row of rows) {
      expect(entrySchema.parse(row)).toEqual(row)
      expect((row as { pdu?: unknown }).pdu).toBeUndefined()
    }
    current.close()
  })

  it('stores an entry with a claim and reads it back whole', async () => {
    const database = createDb('ledger-v5-claim')
    await database.open()
    const entry = pduEntry('claim', '2026-02-01', 'business-acumen', 2.25, {
      provider: 'PMI',
      activity: 'Webinar: business cases',
      reported: true,
    })
    await database.entries.add(structuredClone(entry))
    expect(await database.entries.get('claim')).toEqual(entry)
    database.close()
  })
})
