// Repository for journal entries: the only code that writes them. Every write is
// validated against the schema first, so nothing invalid reaches the database, and goes
// through the vault's codec, which seals it when the journal is encrypted.
import { validateEntry, type Entry } from '../../../shared/entry'
import { addDays, localIsoDate } from '../../../shared/time'
import { db } from './db'
import { fromStored, fromStoredMany, toStored, toStoredMany } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite, StorageWriteError } from './writeErrors'

export const TRASH_DAYS = 30

function today(): string {
  return localIsoDate(new Date())
}

export function newId(): string {
  return crypto.randomUUID()
}

function assertValid(entry: unknown): Entry {
  const check = validateEntry(entry, today())
  if (!check.ok) {
    const first = check.problems[0]!
    throw new StorageWriteError(`Not saved: ${first.path} ${first.message}.`, check.problems)
  }
  return check.entry
}

/** Creates or replaces an entry; stamps updatedAt (and createdAt for new ones). */
export async function saveEntry(
  input: Omit<Entry, 'createdAt' | 'updatedAt'> & { createdAt?: string },
): Promise<Entry> {
  const now = new Date().toISOString()
  const entry = assertValid({ ...input, createdAt: input.createdAt ?? now, updatedAt: now })
  await guardWrite(() =>
    exclusive(async () => {
      await db.entries.put(await toStored('entries', entry))
    }),
  )
  return entry
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  const row = await db.entries.get(id)
  return row && fromStored<Entry>('entries', row as Entry)
}

/** Every stored entry, the trash included, opened. */
export async function readAllEntries(): Promise<Entry[]> {
  return fromStoredMany<Entry>('entries', (await db.entries.toArray()) as Entry[])
}

/**
 * Changes the given entries: each is read, opened, changed (null leaves it as it is),
 * sealed again and written in one transaction.
 */
function rewriteEntries(ids: readonly string[], change: (entry: Entry) => Entry | null) {
  return guardWrite(() =>
    exclusive(async () => {
      const rows = (await db.entries.bulkGet([...ids])).filter((row) => row !== undefined)
      const entries = await fromStoredMany<Entry>('entries', rows as Entry[])
      const changed = entries.flatMap((entry) => {
        const next = change(entry)
        return next ? [next] : []
      })
      const stored = await toStoredMany('entries', changed)
      await db.transaction('rw', db.entries, () => db.entries.bulkPut(stored))
    }),
  )
}

/** Moves entries to the trash; they stay restorable for TRASH_DAYS days. */
export async function trashEntries(ids: readonly string[]): Promise<void> {
  const now = new Date().toISOString()
  await rewriteEntries(ids, (entry) => ({ ...entry, deletedAt: now, updatedAt: now }))
}

export async function restoreEntries(ids: readonly string[]): Promise<void> {
  const now = new Date().toISOString()
  await rewriteEntries(ids, ({ deletedAt: _trashed, ...entry }) => ({ ...entry, updatedAt: now }))
}

export async function deleteForever(ids: readonly string[]): Promise<void> {
  await guardWrite(() =>
    exclusive(() =>
      db.transaction('rw', db.entries, db.bulletEdits, async () => {
        await db.entries.bulkDelete([...ids])
        await db.bulletEdits.bulkDelete([...ids])
      }),
    ),
  )
}

/** Removes trash older than TRASH_DAYS; run at start. Returns how many were purged. */
export async function purgeOldTrash(now = new Date()): Promise<number> {
  const cutoff = `${addDays(localIsoDate(now), -TRASH_DAYS)}T00:00:00.000Z`
  // The index finds the candidates; in an encrypted journal the sealed value has the say,
  // so a date changed on disk cannot empty an entry out of the trash early.
  const rows = await db.entries.where('deletedAt').below(cutoff).toArray()
  const old = (await fromStoredMany<Entry>('entries', rows as Entry[]))
    .filter((entry) => entry.deletedAt !== undefined && entry.deletedAt < cutoff)
    .map((entry) => entry.id)
  if (old.length) await deleteForever(old)
  return old.length
}

export async function markFollowUpDone(id: string): Promise<void> {
  const now = new Date().toISOString()
  await rewriteEntries([id], (entry) =>
    entry.kind === 'difficult-conversation'
      ? { ...entry, followUpDoneAt: now, updatedAt: now }
      : null,
  )
}

/** Inserts many entries in one transaction (sample journal); all or nothing. */
export async function addEntries(entries: readonly Entry[]): Promise<void> {
  const valid = entries.map(assertValid)
  await guardWrite(() =>
    exclusive(async () => {
      const stored = await toStoredMany('entries', valid)
      await db.transaction('rw', db.entries, () => db.entries.bulkPut(stored))
    }),
  )
}

export async function removeSampleEntries(): Promise<number> {
  const ids = (await readAllEntries()).filter((e) => e.sample).map((e) => e.id)
  await deleteForever(ids)
  return ids.length
}
