// How each table's rows are stored. A plain journal stores values as they are. An
// encrypted one keeps in clear only the fields its indexes need (an entry's id, kind
// and dates; see docs/SECURITY.md) and seals the whole value with AES-256-GCM, the
// table and the record's key as additional data so a record cannot be moved to
// another. A value is always read back from the sealed part alone: the clear fields
// are copies for IndexedDB to sort by, and changing them changes no content.
import {
  isSealedValue,
  openValue,
  recordAad,
  sealValue,
  type SealedValue,
} from '../../../../shared/crypto'
import { formatDay } from '../../../../shared/format'
import { KIND_LABELS } from '../../../../shared/entry'
import { db } from '../db'
import { opaqueName } from './recordNames'
import { currentSession, onSessionEnd } from './session'
import { reportUnreadable, setVaultStatus, useVault, type UnreadableRecord } from './vaultStore'

export type TableName = 'entries' | 'settings' | 'bulletEdits' | 'narratives'

const CLEAR_FIELDS: Record<TableName, readonly string[]> = {
  // `sample` marks the app's own example entries: no one's words, and it lets the backup
  // reminder tell an empty journal from a used one while locked.
  entries: ['id', 'kind', 'occurredOn', 'updatedAt', 'deletedAt', 'sample'],
  settings: ['key'],
  bulletEdits: ['entryId', 'updatedAt'],
  narratives: ['key', 'document', 'updatedAt'],
}

export const PRIMARY_KEY: Record<TableName, string> = {
  entries: 'id',
  settings: 'key',
  bulletEdits: 'entryId',
  narratives: 'key',
}

export class VaultLockedError extends Error {
  constructor() {
    super('Your journal is locked. Unlock it to read or change it.')
    this.name = 'VaultLockedError'
  }
}

/** The record's own key, the additional data its seal is bound to. */
function keyOf(table: TableName, row: object): string {
  return String((row as Record<string, unknown>)[PRIMARY_KEY[table]])
}

function isSealedRow(row: unknown): row is { sealed: SealedValue } {
  return (
    typeof row === 'object' && row !== null && isSealedValue((row as { sealed?: unknown }).sealed)
  )
}

/** Reads whether the journal is encrypted once, before the first read or write needs it. */
export async function vaultMode(): Promise<'plain' | 'locked' | 'unlocked'> {
  const status = useVault.getState().status
  // While locking, the change that is finishing still seals with the key it started with.
  if (status === 'locking') return 'unlocked'
  if (status !== 'unknown') return status
  const encrypted = (await db.vault.count()) > 0
  setVaultStatus(encrypted ? 'locked' : 'plain')
  return encrypted ? 'locked' : 'plain'
}

/** The keys a row is sealed with: the data key, and the key that names records. */
export interface RowKeys {
  dataKey: CryptoKey
  nameKey: CryptoKey
}

/** Tables whose keys say something (a promotion case's key names the target role). */
const NAMED_TABLES: ReadonlySet<TableName> = new Set(['narratives'])

/** The keys to seal with now: null for a plain journal; a locked one refuses to write. */
async function writeKeys(): Promise<RowKeys | null> {
  const status = await vaultMode()
  if (status === 'plain') return null
  const session = currentSession()
  if (!session) throw new VaultLockedError()
  return session
}

/** The key a record is stored under: as it is in a plain journal, opaque where it says something. */
export async function storedKeyOf(table: TableName, key: string): Promise<string> {
  const keys = await writeKeys()
  return keys && NAMED_TABLES.has(table) ? opaqueName(keys.nameKey, table, key) : key
}

/** One value as it is stored, sealed with the given keys (or as it is when null). */
export async function sealRow<T extends object>(
  table: TableName,
  value: T,
  keys: RowKeys | null,
): Promise<T> {
  if (!keys) return value
  const clear: Record<string, unknown> = {}
  for (const field of CLEAR_FIELDS[table]) {
    const v = (value as Record<string, unknown>)[field]
    if (v !== undefined) clear[field] = v
  }
  const primary = PRIMARY_KEY[table]
  if (NAMED_TABLES.has(table)) {
    clear[primary] = await opaqueName(keys.nameKey, table, keyOf(table, value))
  }
  // Bound to the key the record is stored under, so it cannot be moved to another.
  clear.sealed = await sealValue(keys.dataKey, value, recordAad(table, String(clear[primary])))
  // The stored shape differs from T; only Dexie sees it (db.ts types the union).
  return clear as T
}

/** Values as the journal stores them now; a locked journal refuses. */
export async function toStored<T extends object>(table: TableName, value: T): Promise<T> {
  return sealRow(table, value, await writeKeys())
}

export async function toStoredMany<T extends object>(
  table: TableName,
  values: readonly T[],
): Promise<T[]> {
  const keys = await writeKeys()
  return Promise.all(values.map((value) => sealRow(table, value, keys)))
}

// Opened values by record, with the IV they were opened from: a record re-sealed since
// has a new IV, so a live query re-opens only what changed.
const opened = new Map<string, { iv: Uint8Array; value: unknown }>()
onSessionEnd(() => opened.clear())

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Opens one sealed value with the given key, through the cache of opened values. */
export async function openRow<T>(table: TableName, row: T, key: CryptoKey): Promise<T> {
  if (!isSealedRow(row)) return row
  const id = keyOf(table, row)
  const cacheKey = `${table}/${id}`
  const hit = opened.get(cacheKey)
  if (hit && sameBytes(hit.iv, row.sealed.iv)) return hit.value as T
  const session = currentSession()
  const value = await openValue(key, row.sealed, recordAad(table, id))
  // A lock while this was opening must not leave the opened value behind in the cache.
  if (session && currentSession() === session) opened.set(cacheKey, { iv: row.sealed.iv, value })
  return value as T
}

function readKey(): CryptoKey {
  const session = currentSession()
  if (!session) throw new VaultLockedError()
  return session.dataKey
}

/** The value a stored row holds. Values are shared between readers: treat them as read-only. */
export async function fromStored<T>(table: TableName, row: T): Promise<T> {
  if (!isSealedRow(row)) return row
  return openRow(table, row, readKey())
}

function describeRecord(table: TableName, row: Record<string, unknown>): string {
  if (table === 'entries') {
    const kind = KIND_LABELS[row.kind as keyof typeof KIND_LABELS] ?? 'entry'
    const date = typeof row.occurredOn === 'string' ? formatDay(row.occurredOn) : 'an unknown day'
    return `the ${kind.toLowerCase()} of ${date}`
  }
  if (table === 'settings') return 'your settings'
  if (table === 'bulletEdits') return 'an edited bullet'
  return 'your own words in a document'
}

/**
 * Opens every row; a row that will not open (changed outside Leadlog, damaged) is left
 * out and reported by name, so one bad record never hides the rest. It stays stored
 * exactly as it is.
 */
export async function fromStoredMany<T>(table: TableName, rows: readonly T[]): Promise<T[]> {
  if (!rows.some(isSealedRow)) {
    if (useVault.getState().status === 'unlocked') reportUnreadable(table, [])
    return rows as T[]
  }
  const key = readKey()
  const unreadable: UnreadableRecord[] = []
  const values = await Promise.all(
    rows.map((row) =>
      openRow(table, row, key).catch(() => {
        const record = row as Record<string, unknown>
        unreadable.push({ table, id: keyOf(table, record), label: describeRecord(table, record) })
        return null
      }),
    ),
  )
  reportUnreadable(table, unreadable)
  return values.filter((value): value is Awaited<T> => value !== null) as T[]
}
