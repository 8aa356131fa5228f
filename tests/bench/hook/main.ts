// A bench-only page, built next to the production app (same origin, so the same
// IndexedDB). It exposes the app's own restore code and a raw IndexedDB floor to
// Playwright, seeds the app's database for cold-start runs, and then runs the app's own
// data layer on that database: saveEntry, switching encryption on, unlocking with the
// key bytes, Argon2id. Never shipped: it is built only by the benchmark, into the
// benchmark's own folder.
import Dexie from 'dexie'
import type { Backup } from '../../../shared/backup'
import { newKdfParams } from '../../../shared/crypto'
import { localIsoDate } from '../../../shared/time'
import type { Entry } from '../../../shared/entry'
import { applyRestore } from '../../../renderer/src/data/restore'
import { createDb, db, DB_NAME, VAULT_KEY } from '../../../renderer/src/data/db'
import { readAllEntries, saveEntry } from '../../../renderer/src/data/entries'
import { lock, turnOnEncryption } from '../../../renderer/src/data/vault'
import { vaultMode } from '../../../renderer/src/data/vault/codec'
import { deriveOffThread } from '../../../renderer/src/data/vault/deriveOffThread'
import { keyFromBase64, keyToBase64 } from '../../../renderer/src/data/vault/keyBytes'
import { currentSession } from '../../../renderer/src/data/vault/session'
import { openSession } from '../../../renderer/src/data/vault/unlock'
import { backupOf } from '../../fixtures/backup'
import { generateJournal } from '../../fixtures/generateJournal'

const RESTORE_DB = 'bench-restore'
const RAW_DB = 'bench-raw'

/** The benchmark's own secrets: nothing here protects anything. */
const PASSPHRASE = 'benchmark passphrase, not a secret'
const RECOVERY_KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'
/**
 * Cheap Argon2id for the benchmark journal's keyring, as the vault tests use: no figure
 * derives from this keyring (the unlock figures start from the key bytes), and the real
 * parameters are timed on their own by derive().
 */
const CHEAP_KDF = { memoryKiB: 1024, passes: 1 }
/** Marks the edits saves() makes, taken off again on the next save of the same entry. */
const EDIT_MARK = ' (edited)'

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

  // The rest runs the app's data layer on the app's database (filled by seedApp), in a
  // hook page opened while no app page is.

  /** readAllEntries, as the app's first read of the table, in milliseconds. */
  async readAll(): Promise<number> {
    const start = performance.now()
    const entries = await readAllEntries()
    const took = performance.now() - start
    if (entries.length === 0) throw new Error('seedApp() first')
    return took
  },

  /**
   * saveEntry, each call timed on its own (milliseconds): an edit to the title of an
   * existing entry, a different one each time, so the journal keeps its size.
   */
  async saves(count: number, warmup: number): Promise<number[]> {
    const live = (await readAllEntries()).filter((entry) => entry.deletedAt === undefined)
    if (live.length === 0) throw new Error('seedApp() first')
    const times: number[] = []
    for (let i = 0; i < warmup + count; i++) {
      const entry = live[(i * 7919) % live.length]!
      const title = entry.title.endsWith(EDIT_MARK)
        ? entry.title.slice(0, -EDIT_MARK.length)
        : `${entry.title}${EDIT_MARK}`
      const start = performance.now()
      await saveEntry({ ...entry, title })
      const took = performance.now() - start
      if (i >= warmup) times.push(took)
    }
    return times
  },

  /**
   * Switches the app's journal to encrypted with the app's own turnOnEncryption (every
   * row sealed, the keyring written, in one transaction) and returns the data key as the
   * OS keychain would hand it back (base64), for unlock() and the remembered-key start.
   */
  async encrypt(): Promise<string> {
    if ((await vaultMode()) !== 'plain') throw new Error('the journal is already encrypted')
    await turnOnEncryption(PASSPHRASE, RECOVERY_KEY, undefined, { kdf: CHEAP_KDF })
    const session = currentSession()
    if (!session) throw new Error('turnOnEncryption left the journal locked')
    return keyToBase64(session.dataKeyBytes)
  },

  /**
   * What the app does once it has the key bytes (from Argon2id or the keychain):
   * openSession (import the key, check it against the keyring, drafts, old trash), then
   * the first read of every entry, each opened. Locks first, which empties the cache of
   * opened values, so every run opens every row. Milliseconds.
   */
  async unlock(keyBase64: string): Promise<number> {
    lock()
    const vault = await db.vault.get(VAULT_KEY)
    const bytes = keyFromBase64(keyBase64)
    if (!vault || !bytes) throw new Error('encrypt() first')
    const start = performance.now()
    await openSession(vault, bytes)
    const entries = await readAllEntries()
    const took = performance.now() - start
    const stored = await db.entries.count()
    if (entries.length !== stored) throw new Error(`opened ${entries.length} of ${stored} entries`)
    return took
  },

  /**
   * One Argon2id derivation at the parameters new keyrings get (KDF_DEFAULTS), the way
   * the lock screen runs it: in the app's worker, its start included. Milliseconds.
   */
  async derive(): Promise<number> {
    const params = newKdfParams()
    const start = performance.now()
    const bytes = await deriveOffThread(PASSPHRASE, params)
    const took = performance.now() - start
    if (bytes.length !== 32) throw new Error(`derived ${bytes.length} bytes`)
    return took
  },
}

declare global {
  interface Window {
    leadlogBench: typeof bench
  }
}

window.leadlogBench = bench
document.title = 'Leadlog benchmark hook (ready)'
