// A bench-only page, built next to the production app (same origin, so the same
// IndexedDB). It exposes the app's own restore code and a raw IndexedDB floor to
// Playwright, and seeds the app's database for cold-start runs. Never shipped: it is
// built only by the benchmark, into the benchmark's own folder.
import Dexie from 'dexie'
import type { Backup } from '../../../shared/backup'
import { localIsoDate } from '../../../shared/time'
import type { Entry } from '../../../shared/entry'
import { applyRestore } from '../../../renderer/src/data/restore'
import { createDb, DB_NAME } from '../../../renderer/src/data/db'
import { backupOf } from '../../fixtures/backup'
import { generateJournal } from '../../fixtures/generateJournal'

const RESTORE_DB = 'bench-restore'
const RAW_DB = 'bench-raw'

let backup: Backup | null = null

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
  })
}

/** An empty database with the app's schema (indexes included), opened by Dexie then closed. */
async function freshDb(name: string): Promise<void> {
  await Dexie.delete(name)
  const db = createDb(name)
  await db.open()
  db.close()
}

async function rawPut(name: string, entries: readonly Entry[], chunk: number): Promise<void> {
  const db = await request(indexedDB.open(name))
  try {
    for (let start = 0; start < entries.length; start += chunk) {
      const tx = db.transaction(['entries'], 'readwrite')
      const store = tx.objectStore('entries')
      for (const entry of entries.slice(start, start + chunk)) store.put(entry)
      await done(tx)
    }
  } finally {
    db.close()
  }
}

const bench = {
  /** Generates the journal in the page: no 100 MB hand-over from Node. */
  prepare(count: number, asOf: string, seed: number): number {
    const entries = generateJournal({ count, asOf, seed })
    backup = backupOf(entries, asOf)
    return entries.length
  },

  /** The app's restore (replace) into an empty journal, in milliseconds. */
  async restore(): Promise<number> {
    if (!backup) throw new Error('prepare() first')
    await freshDb(RESTORE_DB)
    const database = createDb(RESTORE_DB)
    await database.open()
    const start = performance.now()
    await applyRestore(backup, 'replace', { database })
    const took = performance.now() - start
    const stored = await database.entries.count()
    database.close()
    if (stored !== backup.entries.length) throw new Error(`restored ${stored} entries`)
    return took
  },

  /** The floor: the same records put with raw IndexedDB in one transaction. */
  async raw(): Promise<number> {
    if (!backup) throw new Error('prepare() first')
    await freshDb(RAW_DB)
    const start = performance.now()
    await rawPut(RAW_DB, backup.entries, Number.MAX_SAFE_INTEGER)
    return performance.now() - start
  },

  /** Fills the app's own database (as of today, so nothing is purged or in the future). */
  async seedApp(count: number, seed: number): Promise<number> {
    backup = null
    await Dexie.delete(RESTORE_DB)
    await Dexie.delete(RAW_DB)
    const entries = generateJournal({ count, asOf: localIsoDate(new Date()), seed })
    await freshDb(DB_NAME)
    await rawPut(DB_NAME, entries, 5000)
    return entries.length
  },
}

declare global {
  interface Window {
    leadlogBench: typeof bench
  }
}

window.leadlogBench = bench
document.title = 'Leadlog benchmark hook (ready)'
