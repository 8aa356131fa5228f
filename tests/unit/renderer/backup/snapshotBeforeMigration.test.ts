// Issue 18: before a newer Leadlog upgrades a stored journal, the journal as it was goes
// to the desktop's backups folder, and nothing on disk changes while it is read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseBackup } from '../../../../shared/backup'
import { createDb, CURRENT_SCHEMA_VERSION } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { storedSchemaVersion } from '../../../../renderer/src/data/versionCheck'
import { snapshotBeforeMigration } from '../../../../renderer/src/features/backup'
import { platform, type Platform } from '../../../../renderer/src/platform'
import { fixtureJournal } from '../../../fixtures/journal'

const NOW = new Date('2026-11-20T09:00:00.000Z')
let counter = 0
let original: Platform['backups']
let written: { text: string; count: number; reason: string }[]

beforeEach(() => {
  original = platform.backups
  written = []
  platform.backups = {
    write: vi.fn(async (text: string, count: number, reason: string) => {
      written.push({ text, count, reason })
      return { name: 'x.json', createdAt: NOW.toISOString(), entryCount: count, bytes: 1 }
    }),
    list: vi.fn(),
    read: vi.fn(),
    chooseFolder: vi.fn(),
    onQuitRequest: () => () => {},
    declineQuit: vi.fn(async () => {}),
  } as unknown as Platform['backups']
})
afterEach(() => {
  platform.backups = original
})

/** A journal stored at `version`, with the fixture's entries (and a keyring when asked). */
async function storedJournal(version: number, { encrypted = false } = {}): Promise<string> {
  const name = `snapshot-migration-${++counter}`
  const database = createDb(name, version)
  await database.open()
  await database.entries.bulkAdd(structuredClone(fixtureJournal))
  await database.settings.put({ key: 'app', value: { targetRole: 'pmo-lead' } })
  // Any row in the vault table marks the journal encrypted; its shape does not matter here.
  if (encrypted) await database.vault.put({ key: 'keyring' } as never)
  database.close()
  return name
}

describe('snapshot before a migration', () => {
  it('backs up an older journal as it is stored, and leaves it at its version', async () => {
    const name = await storedJournal(4)
    const before = await dumpDatabaseText(createDb(name, 4))
    expect(await snapshotBeforeMigration({ name, now: NOW })).toBe('taken')
    expect(written).toHaveLength(1)
    const [snapshot] = written
    expect(snapshot!.reason).toBe('before-migration')
    expect(snapshot!.count).toBe(fixtureJournal.length)
    const parsed = parseBackup(snapshot!.text)
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      expect(parsed.backup.schemaVersion).toBe(4)
      expect(parsed.backup.entries.map((e) => e.id).sort()).toEqual(
        fixtureJournal.map((e) => e.id).sort(),
      )
      expect(parsed.backup.settings.targetRole).toBe('pmo-lead')
    }
    // Reading it upgraded nothing: the stored version and every row are as they were.
    expect(await storedSchemaVersion(name)).toBe(4)
    expect(await dumpDatabaseText(createDb(name, 4))).toBe(before)
  })

  it('takes none for a journal already at this version, or for no journal', async () => {
    const current = await storedJournal(CURRENT_SCHEMA_VERSION)
    expect(await snapshotBeforeMigration({ name: current, now: NOW })).toBe('not-needed')
    expect(await snapshotBeforeMigration({ name: 'never-created', now: NOW })).toBe('not-needed')
    expect(written).toEqual([])
  })

  it('takes none of a locked encrypted journal, whose rows cannot be opened yet', async () => {
    const name = await storedJournal(4, { encrypted: true })
    expect(await snapshotBeforeMigration({ name, now: NOW })).toBe('encrypted')
    expect(written).toEqual([])
  })

  it('has nowhere to write in the browser build', async () => {
    platform.backups = null
    const name = await storedJournal(3)
    expect(await snapshotBeforeMigration({ name, now: NOW })).toBe('no-folder')
  })
})
