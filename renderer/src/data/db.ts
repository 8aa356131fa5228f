// The Dexie database. Versions are append-only: never edit a released version, add one.
import Dexie, { type EntityTable } from 'dexie'
import type { Entry, Narrative } from '../../../shared/entry'
import type { Keyring, SealedValue } from '../../../shared/crypto'
import { refuseNewerVersions } from './versionCheck'

/** The one row of the vault table: present exactly when the journal is encrypted. */
export interface VaultRow {
  key: typeof VAULT_KEY
  /** The data key, wrapped by the passphrase and by the recovery key. */
  journal: Keyring
  /** Encrypted backups: their own key, wrapped by the same secrets with their own salts… */
  backup: {
    keyring: Keyring
    /** …and sealed with the data key, so backups can be written while unlocked. */
    key: SealedValue
  }
  createdAt: string
}

export const VAULT_KEY = 'keyring'

export interface SettingRow {
  key: string
  value: unknown
}

/** The settings table holds one row, under this key: the validated Settings object. */
export const SETTINGS_KEY = 'app'

/** A user's own wording of a generated bullet, kept across regeneration. */
export interface BulletEditRow {
  entryId: string
  /** The user's text; absent when the bullet is only pinned or hidden. */
  text?: string
  pinned: boolean
  hidden: boolean
  /** The entry's updatedAt when the edit was made, to flag edits whose entry changed since. */
  entryUpdatedAt: string
  updatedAt: string
}

export const DB_NAME = 'leadlog'

/**
 * The tables, typed by the values they hold. In an encrypted journal a stored row is the
 * fields its indexes need plus `sealed` (see vault/codec.ts), so every read and write of
 * these four tables goes through the codec's toStored/fromStored.
 */
export type LeadlogDb = Dexie & {
  entries: EntityTable<Entry, 'id'>
  settings: EntityTable<SettingRow, 'key'>
  bulletEdits: EntityTable<BulletEditRow, 'entryId'>
  /** The user's own words per document (see shared/entry/narrative.ts), by key. */
  narratives: EntityTable<Narrative, 'key'>
  /** The keys of an encrypted journal (wrapped, never in clear); empty when plain. */
  vault: EntityTable<VaultRow, 'key'>
}

/** Each schema version in order; tests open older versions from this list. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      entries: 'id, kind, occurredOn, updatedAt, deletedAt, *competencies, *tags',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: { bulletEdits: 'entryId, updatedAt' },
  },
  {
    version: 3,
    stores: { narratives: 'key, document, updatedAt' },
  },
  {
    version: 4,
    stores: { vault: 'key' },
  },
  {
    // No new index: entries may now carry `source` (imports) and `pdu` (certification
    // hours). The version marks that contract, so an older Leadlog, whose schema would
    // reject those fields, refuses this journal and its backups instead of misreading them.
    version: 5,
    stores: {},
  },
] as const

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version

/**
 * Chromium acknowledges an IndexedDB write before it reaches the disk unless asked for
 * 'strict' durability, so a power cut could lose an entry the app said was saved, or the
 * end of a restore. Every transaction here (saves, restores, migrations) is strict.
 */
export const TRANSACTION_DURABILITY = 'strict'

// Dexie turns its debug mode on by itself when the page is served from localhost, as the
// browser build is for the tests and the benchmark: every table call then records an
// async stack (console.createTask), which made V8 collect source positions for most of the
// bundle at start, a quarter of a cold start. The desktop app (app://) never had it on.
Dexie.debug = false

export function createDb(name = DB_NAME, upTo: number = CURRENT_SCHEMA_VERSION): LeadlogDb {
  const db = new Dexie(name, {
    chromeTransactionDurability: TRANSACTION_DURABILITY,
    // Live queries share one cache of results and apply a save to it in memory. Dexie's
    // default hands each reader a deep copy; 'immutable' hands out the cached objects,
    // frozen, so a save copies nothing and every other entry keeps its object (the
    // engines' caches are keyed by it). Reads outside live queries are unaffected.
    cache: 'immutable',
  }) as LeadlogDb
  for (const { version, stores } of SCHEMA_VERSIONS) {
    if (version <= upTo) db.version(version).stores(stores)
  }
  // Dexie 4 would quietly open a journal a newer Leadlog upgraded; refuse it untouched.
  refuseNewerVersions(db, upTo)
  return db
}

export const db = createDb()
