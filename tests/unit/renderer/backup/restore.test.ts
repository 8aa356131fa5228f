import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup, serializeBackup, type Backup } from '../../../../shared/backup'
import type { Entry } from '../../../../shared/entry'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { applyRestore, previewRestore, RestoreError } from '../../../../renderer/src/data/restore'
import type { LeadlogDb } from '../../../../renderer/src/data/db'
import { buildBackup } from '../../../../renderer/src/features/backup/backupFile'
import { fixtureJournal } from '../../../fixtures/journal'
import {
  fill,
  freshDb,
  installWriteFailure,
  manyEntries,
  quotaError,
  SAMPLE_EDIT,
  wrappedQuotaError,
} from './helpers'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const opened: LeadlogDb[] = []

function track(database: LeadlogDb): LeadlogDb {
  opened.push(database)
  return database
}

afterEach(() => {
  for (const database of opened.splice(0)) database.close()
})

async function exportText(database: LeadlogDb): Promise<string> {
  return serializeBackup(await buildBackup({ database, now: NOW, appVersion: '1.0.0' }))
}

function parsed(text: string): Backup {
  const result = parseBackup(text)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.backup
}

const later = (iso: string, minutes = 5) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString()

describe('export → restore → export', () => {
  it('is byte-identical, trash, settings and bullet edits included', async () => {
    const source = track(freshDb('source'))
    await fill(source)
    const first = await exportText(source)
    expect(parsed(first).entries).toHaveLength(fixtureJournal.length)
    expect(parsed(first).entries.some((e) => e.deletedAt)).toBe(true)
    expect(parsed(first).bulletEdits).toEqual([SAMPLE_EDIT])

    const target = track(freshDb('target'))
    await applyRestore(parsed(first), 'replace', { database: target })
    expect(await exportText(target)).toBe(first)
    expect(await dumpDatabaseText(target)).toBe(await dumpDatabaseText(source))
  })

  it('restoring a journal onto itself changes nothing', async () => {
    const database = track(freshDb('self'))
    await fill(database)
    const before = await dumpDatabaseText(database)
    const backup = parsed(await exportText(database))
    const result = await applyRestore(backup, 'merge', { database })
    expect(result).toMatchObject({ new: 0, updated: 0, conflict: 0, localOnly: 0, written: 0 })
    expect(result.unchanged).toBe(fixtureJournal.length)
    expect(await dumpDatabaseText(database)).toBe(before)
  })

  it('does not carry this device’s last backup time in the file, and keeps the local one', async () => {
    const source = track(freshDb('lastbackup'))
    await fill(source, undefined, {
      targetRole: 'pmo-lead',
      lastBackupAt: '2026-11-01T08:00:00.000Z',
    })
    const backup = parsed(await exportText(source))
    expect(backup.settings).toEqual({ targetRole: 'pmo-lead', fiscalYearStartMonth: 1 })
    const target = track(freshDb('lastbackup-target'))
    await fill(target, [], { targetRole: null, lastBackupAt: '2026-11-19T08:00:00.000Z' }, [])
    await applyRestore(backup, 'replace', { database: target })
    expect((await target.settings.get('app'))?.value).toEqual({
      targetRole: 'pmo-lead',
      fiscalYearStartMonth: 1,
      lastBackupAt: '2026-11-19T08:00:00.000Z',
    })
  })
})

describe('merge and conflict rules', () => {
  const base = structuredClone(fixtureJournal.slice(0, 6))
  const [same, newerInBackup, olderInBackup, tie, localOnly, onlyInBackup] = base as [
    Entry,
    Entry,
    Entry,
    Entry,
    Entry,
    Entry,
  ]

  async function setup() {
    const database = track(freshDb('merge'))
    const local = [
      same,
      newerInBackup,
      {
        ...olderInBackup,
        title: 'Edited here later',
        updatedAt: later(olderInBackup.updatedAt, 60),
      },
      { ...tie, title: 'My wording' },
      localOnly,
    ]
    await fill(database, local, { targetRole: null, fiscalYearStartMonth: 7 }, [SAMPLE_EDIT])
    const backup: Backup = {
      format: 'leadlog-backup',
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      appVersion: '1.0.0',
      schemaVersion: 2,
      entries: [
        same,
        {
          ...newerInBackup,
          title: 'Improved in the backup',
          updatedAt: later(newerInBackup.updatedAt),
        },
        olderInBackup,
        { ...tie, title: 'Backup wording' },
        onlyInBackup,
      ],
      settings: { targetRole: 'it-director', fiscalYearStartMonth: 10 },
      bulletEdits: [
        { ...SAMPLE_EDIT, text: 'Newer wording', updatedAt: later(SAMPLE_EDIT.updatedAt) },
      ],
    }
    return { database, backup: parsed(serializeBackup(backup)) }
  }

  it('previews new, updated, unchanged, in conflict and local-only counts', async () => {
    const { database, backup } = await setup()
    expect(await previewRestore(backup, database)).toEqual({
      new: 1,
      updated: 1,
      unchanged: 1,
      conflict: 2,
      localOnly: 1,
      inBackup: 5,
      stored: 5,
    })
  })

  it('merge: newer updatedAt wins, ties and newer local copies are kept, nothing is deleted', async () => {
    const { database, backup } = await setup()
    const result = await applyRestore(backup, 'merge', { database })
    expect(result).toMatchObject({ mode: 'merge', written: 2, removed: 0 })
    const byId = new Map((await database.entries.toArray()).map((e) => [e.id, e]))
    expect(byId.size).toBe(6)
    expect(byId.get(newerInBackup.id)?.title).toBe('Improved in the backup')
    expect(byId.get(olderInBackup.id)?.title).toBe('Edited here later')
    expect(byId.get(tie.id)?.title).toBe('My wording')
    expect(byId.get(onlyInBackup.id)).toEqual(onlyInBackup)
    expect(byId.get(localOnly.id)).toEqual(localOnly)
    expect((await database.bulletEdits.get(SAMPLE_EDIT.entryId))?.text).toBe('Newer wording')
    // Settings the user set are kept; only unset ones come from the backup.
    expect((await database.settings.get('app'))?.value).toEqual({
      targetRole: 'it-director',
      fiscalYearStartMonth: 7,
    })
  })

  it('replace: the journal becomes exactly the backup', async () => {
    const { database, backup } = await setup()
    const result = await applyRestore(backup, 'replace', { database })
    expect(result).toMatchObject({ mode: 'replace', written: 5, removed: 1 })
    const stored = await database.entries.toArray()
    const sortById = (list: Entry[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))
    expect(sortById(stored)).toEqual(sortById(backup.entries))
    expect(await database.bulletEdits.toArray()).toEqual(backup.bulletEdits)
  })

  it('compares instants, not strings, when timestamps carry different offsets', async () => {
    const database = track(freshDb('offsets'))
    await fill(database, [{ ...same, updatedAt: '2026-03-01T10:00:00.000Z' }])
    const backup = parsed(
      serializeBackup({
        ...(await buildBackup({ database, now: NOW, appVersion: '1' })),
        // 09:30 UTC written with a +01:00 offset: a later string, an earlier instant.
        entries: [{ ...same, title: 'Older', updatedAt: '2026-03-01T10:30:00.000+01:00' }],
      }),
    )
    expect(await previewRestore(backup, database)).toMatchObject({ updated: 0, conflict: 1 })
  })
})

describe('a restore that fails midway leaves the database exactly as before', () => {
  const cases = [
    ['a full disk (QuotaExceededError)', quotaError],
    ['a full disk wrapped as an AbortError’s inner error', wrappedQuotaError],
  ] as const

  for (const [label, makeError] of cases) {
    for (const mode of ['merge', 'replace'] as const) {
      it(`${label}, ${mode}`, async () => {
        const database = track(freshDb('quota'))
        const failure = installWriteFailure(database)
        await fill(database)
        const before = await dumpDatabaseText(database)
        const backup = parsed(
          serializeBackup({
            ...(await buildBackup({ database, now: NOW, appVersion: '1' })),
            entries: manyEntries(2500),
          }),
        )
        const progress: number[] = []
        Object.assign(failure, {
          armed: true,
          error: makeError(),
          failOnWrite: mode === 'replace' ? 4 : 2,
        })
        const error = await applyRestore(backup, mode, {
          database,
          onProgress: (p) => progress.push(p.done),
        }).then(
          () => null,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(RestoreError)
        expect((error as RestoreError).message).toBe(
          'Not restored: the disk is full (while writing entries 1,001–2,000 of 2,500). Your journal is exactly as it was before.',
        )
        // Work was under way (one chunk written) when the failure came.
        expect(progress).toEqual([0, 1000])
        expect(await dumpDatabaseText(database)).toBe(before)
      })
    }
  }

  it('any other failure names what happened and where', async () => {
    const database = track(freshDb('other'))
    const failure = installWriteFailure(database)
    await fill(database)
    const before = await dumpDatabaseText(database)
    const backup = parsed(await exportText(database))
    Object.assign(failure, {
      armed: true,
      error: new Error('the storage went away'),
      failOnWrite: 2,
    })
    await expect(applyRestore(backup, 'replace', { database })).rejects.toThrow(
      'Not restored: the storage went away (while removing the entries that are not in the backup). Your journal is exactly as it was before.',
    )
    expect(await dumpDatabaseText(database)).toBe(before)
  })
})

describe('large restores', () => {
  it('write in chunks with progress, all in one go', async () => {
    const database = track(freshDb('large'))
    await fill(database, [])
    const backup = parsed(
      serializeBackup({
        ...(await buildBackup({ database, now: NOW, appVersion: '1' })),
        entries: manyEntries(10_000),
      }),
    )
    const progress: [number, number][] = []
    const result = await applyRestore(backup, 'merge', {
      database,
      onProgress: ({ done, total }) => progress.push([done, total]),
    })
    expect(result.new).toBe(10_000)
    expect(await database.entries.count()).toBe(10_000)
    expect(progress[0]).toEqual([0, 10_000])
    expect(progress.at(-1)).toEqual([10_000, 10_000])
    expect(progress).toHaveLength(11)
  })
})
