// Repository for journal entries: the only code that writes them. Every write is
// validated against the schema first, so nothing invalid reaches the database.
import { validateEntry, type Entry } from '../../../shared/entry'
import { addDays, localIsoDate } from '../../../shared/time'
import { db } from './db'
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
  await guardWrite(() => db.entries.put(entry))
  return entry
}

export async function getEntry(id: string): Promise<Entry | undefined> {
  return db.entries.get(id)
}

/** Moves entries to the trash; they stay restorable for TRASH_DAYS days. */
export async function trashEntries(ids: readonly string[]): Promise<void> {
  const now = new Date().toISOString()
  await guardWrite(() =>
    db.transaction('rw', db.entries, async () => {
      for (const id of ids) await db.entries.update(id, { deletedAt: now, updatedAt: now })
    }),
  )
}

export async function restoreEntries(ids: readonly string[]): Promise<void> {
  const now = new Date().toISOString()
  await guardWrite(() =>
    db.transaction('rw', db.entries, async () => {
      for (const id of ids) {
        await db.entries
          .where('id')
          .equals(id)
          .modify((entry) => {
            delete entry.deletedAt
            entry.updatedAt = now
          })
      }
    }),
  )
}

export async function deleteForever(ids: readonly string[]): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.entries, db.bulletEdits, async () => {
      await db.entries.bulkDelete([...ids])
      await db.bulletEdits.bulkDelete([...ids])
    }),
  )
}

/** Removes trash older than TRASH_DAYS; run at start. Returns how many were purged. */
export async function purgeOldTrash(now = new Date()): Promise<number> {
  const cutoff = `${addDays(localIsoDate(now), -TRASH_DAYS)}T00:00:00.000Z`
  const old = await db.entries.where('deletedAt').below(cutoff).primaryKeys()
  if (old.length) await deleteForever(old)
  return old.length
}

export async function markFollowUpDone(id: string): Promise<void> {
  const now = new Date().toISOString()
  await guardWrite(() =>
    db.entries
      .where('id')
      .equals(id)
      .modify((entry) => {
        if (entry.kind === 'difficult-conversation') {
          entry.followUpDoneAt = now
          entry.updatedAt = now
        }
      }),
  )
}

/** Inserts many entries in one transaction (sample journal); all or nothing. */
export async function addEntries(entries: readonly Entry[]): Promise<void> {
  const valid = entries.map(assertValid)
  await guardWrite(() => db.transaction('rw', db.entries, () => db.entries.bulkPut(valid)))
}

export async function removeSampleEntries(): Promise<number> {
  const ids = (await db.entries.toArray()).filter((e) => e.sample).map((e) => e.id)
  await deleteForever(ids)
  return ids.length
}
