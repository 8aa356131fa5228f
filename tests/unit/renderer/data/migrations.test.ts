// Upgrades keep every row: a database of each older version, filled from its fixture,
// opens at the current version with every row intact. A database a newer Leadlog wrote
// is refused with a clear message and left exactly as it was.
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { createDb, CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/data/db'
import { dumpDatabase } from '../../../../renderer/src/data/dump'
import { describeOpenError } from '../../../../renderer/src/app/DatabaseGate'
import { V1_DB_ROWS } from '../../../fixtures/db-v1/rows'

let counter = 0
const uniqueName = (label: string) => `migrations-${label}-${++counter}`

async function fillV1(name: string): Promise<void> {
  const v1 = createDb(name, 1)
  await v1.open()
  expect(v1.tables.map((t) => t.name).sort()).toEqual(['entries', 'settings'])
  await v1.transaction('rw', v1.entries, v1.settings, async () => {
    await v1.entries.bulkAdd(structuredClone(V1_DB_ROWS.entries))
    await v1.settings.bulkAdd(structuredClone(V1_DB_ROWS.settings))
  })
  v1.close()
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))

describe('schema upgrades', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1))
  })

  // Every later version, one at a time, then the current one: each upgrade step is tested.
  for (const target of SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v > 1)) {
    it(`a version 1 journal opens at version ${target} with every row intact`, async () => {
      const name = uniqueName(`v1-to-v${target}`)
      await fillV1(name)
      const upgraded = createDb(name, target)
      await upgraded.open()
      expect(upgraded.verno).toBe(target)
      const dump = await dumpDatabase(upgraded)
      expect(dump.entries).toEqual(byId(V1_DB_ROWS.entries))
      expect(dump.settings).toEqual(V1_DB_ROWS.settings)
      expect(dump.entries).toHaveLength(V1_DB_ROWS.entries.length)
      // Tables added later start empty, and the indexes still answer queries.
      if (target >= 2) expect(dump.bulletEdits).toEqual([])
      if (target >= 3) expect(dump.narratives).toEqual([])
      const trashed = await upgraded.entries.where('deletedAt').above('').toArray()
      expect(trashed.map((e) => e.id)).toEqual(
        V1_DB_ROWS.entries.filter((e) => e.deletedAt).map((e) => e.id),
      )
      expect(trashed).toHaveLength(1)
      const byCompetency = await upgraded.entries.where('competencies').equals('results').count()
      expect(byCompetency).toBe(
        V1_DB_ROWS.entries.filter((e) => e.competencies.includes('results')).length,
      )
      upgraded.close()
    })
  }

  it('a version 2 journal with bullet edits opens at version 3 with the edits intact', async () => {
    const name = uniqueName('v2-to-v3')
    await fillV1(name)
    const v2 = createDb(name, 2)
    await v2.open()
    const edit = {
      entryId: V1_DB_ROWS.entries[0]!.id,
      text: 'My own wording',
      pinned: true,
      hidden: false,
      entryUpdatedAt: V1_DB_ROWS.entries[0]!.updatedAt,
      updatedAt: '2026-02-01T09:00:00.000Z',
    }
    await v2.bulletEdits.add(edit)
    v2.close()
    const v3 = createDb(name, 3)
    await v3.open()
    expect(await v3.bulletEdits.toArray()).toEqual([edit])
    expect(await v3.narratives.toArray()).toEqual([])
    expect(await v3.entries.count()).toBe(V1_DB_ROWS.entries.length)
    v3.close()
  })
})

/** Makes a database as a future Leadlog (schema version 99) would leave it. */
async function createNewerDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 990)
    request.onupgradeneeded = () => {
      const idb = request.result
      idb
        .createObjectStore('entries', { keyPath: 'id' })
        .add({ id: 'from-the-future', shape: 'v99' })
      idb.createObjectStore('settings', { keyPath: 'key' }).add({ key: 'app', value: { v: 99 } })
      idb.createObjectStore('bulletEdits', { keyPath: 'entryId' })
      idb.createObjectStore('narratives', { keyPath: 'key' })
      idb.createObjectStore('goals', { keyPath: 'id' }).add({ id: 'g1' })
    }
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

async function rawContents(
  name: string,
): Promise<{ version: number; rows: Record<string, unknown[]> }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const idb = request.result
      const names = [...idb.objectStoreNames].sort()
      const tx = idb.transaction(names, 'readonly')
      const rows: Record<string, unknown[]> = {}
      for (const store of names) {
        const all = tx.objectStore(store).getAll()
        all.onsuccess = () => (rows[store] = all.result)
      }
      tx.oncomplete = () => {
        idb.close()
        resolve({ version: idb.version, rows })
      }
      tx.onerror = () => reject(tx.error)
    }
    request.onerror = () => reject(request.error)
  })
}

describe('a journal written by a newer Leadlog', () => {
  it('fails to open with a VersionError, a clear message, and stays untouched', async () => {
    const name = uniqueName('newer')
    await createNewerDatabase(name)
    const before = await rawContents(name)

    const db = createDb(name)
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    )
    expect((error as Error | null)?.name).toBe('VersionError')
    expect(describeOpenError(error)).toEqual({
      title: 'This journal was saved by a newer version of Leadlog',
      detail: expect.stringContaining('Leadlog left it untouched') as string,
    })
    // Nothing can be written afterwards either: the database stays closed.
    await expect(db.entries.put({ id: 'x' } as never)).rejects.toBeInstanceOf(
      Dexie.DatabaseClosedError,
    )

    const after = await rawContents(name)
    expect(after).toEqual(before)
    expect(after.version).toBe(990)
  })

  it('is still refused where indexedDB.databases() is missing', async () => {
    const name = uniqueName('newer-no-list')
    await createNewerDatabase(name)
    const own = Object.getOwnPropertyDescriptor(indexedDB, 'databases')
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true })
    try {
      const db = createDb(name)
      const error = await db.open().then(
        () => null,
        (e: unknown) => e,
      )
      expect((error as Error | null)?.name).toBe('VersionError')
      expect(describeOpenError(error).title).toBe(
        'This journal was saved by a newer version of Leadlog',
      )
      expect((await rawContents(name)).rows.entries).toEqual([
        { id: 'from-the-future', shape: 'v99' },
      ])
    } finally {
      if (own) Object.defineProperty(indexedDB, 'databases', own)
      else Reflect.deleteProperty(indexedDB, 'databases')
    }
  })

  it('also recognises a VersionError wrapped as an inner error', () => {
    const wrapped = { name: 'OpenFailedError', inner: { name: 'VersionError' } }
    expect(describeOpenError(wrapped).title).toBe(
      'This journal was saved by a newer version of Leadlog',
    )
    expect(describeOpenError(new Error('blocked')).title).toBe(
      'Leadlog could not open your journal',
    )
  })
})
