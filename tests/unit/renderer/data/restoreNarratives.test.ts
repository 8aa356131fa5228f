// The user's own words travel with the journal: written by the backup dump, restored in
// the same transaction as entries (replace and merge, as bullet edits are), and a bad
// one refuses the whole file before anything is written.
import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup, type Backup } from '../../../../shared/backup'
import type { Narrative } from '../../../../shared/entry'
import { createDb, type LeadlogDb } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { applyRestore, RestoreError } from '../../../../renderer/src/data/restore'
import { buildBackup } from '../../../../renderer/src/features/backup/backupFile'
import { fixtureJournal } from '../../../fixtures/journal'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const Q4: Narrative = {
  key: 'review:2026-10-01:2026-12-31',
  document: 'review',
  from: '2026-10-01',
  to: '2026-12-31',
  summary: 'A quarter of firsts.',
  asks: 'A budget line for the reporting tool.',
  goals: ['Run the Q1 planning offsite'],
  updatedAt: '2026-11-14T09:00:00.000Z',
}
const Q3: Narrative = {
  key: 'review:2026-07-01:2026-09-30',
  document: 'review',
  from: '2026-07-01',
  to: '2026-09-30',
  summary: 'Summer: the vendor reset.',
  updatedAt: '2026-09-30T09:00:00.000Z',
}
const CASE: Narrative = {
  key: 'promotion:director-ops',
  document: 'promotion',
  role: 'director-ops',
  plan: ['Own the budget cycle'],
  updatedAt: '2026-11-10T09:00:00.000Z',
}

let counter = 0
const opened: LeadlogDb[] = []
afterEach(() => {
  for (const database of opened.splice(0)) database.close()
})

async function journal(narratives: Narrative[]): Promise<LeadlogDb> {
  const database = createDb(`narratives-restore-${++counter}`)
  opened.push(database)
  await database.entries.bulkPut(structuredClone(fixtureJournal))
  await database.settings.put({
    key: 'app',
    value: { targetRole: 'director-ops', fiscalYearStartMonth: 1 },
  })
  await database.narratives.bulkPut(structuredClone(narratives))
  return database
}

async function exportText(database: LeadlogDb): Promise<string> {
  return serializeBackup(await buildBackup({ database, now: NOW, appVersion: '1.0.0' }))
}

function parsed(text: string): Backup {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.backup
}

const byKey = (rows: Narrative[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1))

describe('narratives in backups', () => {
  it('are written by the dump and come back byte-identical after a replace', async () => {
    const source = await journal([Q4, Q3, CASE])
    const text = await exportText(source)
    expect(byKey(parsed(text).narratives ?? [])).toEqual(byKey([Q4, Q3, CASE]))

    const target = await journal([])
    await applyRestore(parsed(text), 'replace', { database: target })
    expect(await exportText(target)).toBe(text)
    expect(await dumpDatabaseText(target)).toBe(await dumpDatabaseText(source))
  })

  it('replace makes them exactly the backup’s; a backup without any clears them', async () => {
    const database = await journal([Q4, CASE])
    const backup = parsed(await exportText(await journal([Q3])))
    await applyRestore(backup, 'replace', { database })
    expect(await database.narratives.toArray()).toEqual([Q3])

    const { narratives: _none, ...older } = backup
    await applyRestore(parsed(serializeBackup(older)), 'replace', { database })
    expect(await database.narratives.count()).toBe(0)
  })

  it('merge adds new ones, takes newer ones and keeps the local copy of the rest', async () => {
    const localQ4 = { ...Q4, summary: 'My later wording', updatedAt: '2026-11-18T09:00:00.000Z' }
    const database = await journal([localQ4, CASE])
    const newerCase = { ...CASE, plan: ['Own the budget'], updatedAt: '2026-11-19T09:00:00.000Z' }
    const backup = parsed(await exportText(await journal([Q4, Q3, newerCase])))
    await applyRestore(backup, 'merge', { database })
    expect(byKey(await database.narratives.toArray())).toEqual(byKey([localQ4, Q3, newerCase]))
  })

  it('a refused file leaves the journal exactly as it was', async () => {
    const database = await journal([Q4])
    const before = await dumpDatabaseText(database)
    const data = JSON.parse(await exportText(await journal([Q3, CASE])))
    data.narratives.push({ ...Q4, goals: ['x'.repeat(501)] })
    // A hand-edited file: without its checksum the schema's own refusal is what shows.
    delete data.checksum
    const result = parseBackup(JSON.stringify(data))
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'narratives[2].goals[0]', message: 'is longer than 500 characters' }],
    })
    expect(await dumpDatabaseText(database)).toBe(before)
  })

  it('a failure while writing them rolls back the entries written before', async () => {
    const database = await journal([Q4])
    const before = await dumpDatabaseText(database)
    const backup = parsed(await exportText(await journal([Q3])))
    // A row the schema refuses cannot come from parseBackup; a broken key path stands in
    // for the disk failing at this step.
    const broken = { ...backup, narratives: [{ ...Q3, key: undefined as unknown as string }] }
    const error = await applyRestore(broken, 'replace', { database }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(RestoreError)
    expect((error as RestoreError).where).toBe(
      'writing your own words (summaries, asks, goals and plans)',
    )
    expect(await dumpDatabaseText(database)).toBe(before)
  })
})
