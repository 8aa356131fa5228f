// Repository for the user's own wording, pins and hides of generated bullets. Rows are
// keyed by entry id, so regenerating bullets never overwrites them.
import { useLiveQuery } from 'dexie-react-hooks'
import { z } from 'zod'
import { db, type BulletEditRow } from './db'
import { fromStored, fromStoredMany, toStored } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite, StorageWriteError } from './writeErrors'

/** Longest bullet text a user may keep; a resume line, not an essay. */
export const MAX_BULLET_EDIT = 1000

const textSchema = z
  .string()
  .trim()
  .min(1, 'is empty; use "Use new suggestion" to go back to the generated text')
  .max(MAX_BULLET_EDIT, `is longer than ${MAX_BULLET_EDIT} characters`)

/** The entry a change belongs to: its id and its updatedAt at the time of the change. */
export interface EntryStamp {
  id: string
  updatedAt: string
}

function blank(entry: EntryStamp, now: string): BulletEditRow {
  return {
    entryId: entry.id,
    pinned: false,
    hidden: false,
    entryUpdatedAt: entry.updatedAt,
    updatedAt: now,
  }
}

async function change(
  entry: EntryStamp,
  apply: (row: BulletEditRow) => BulletEditRow,
  now = new Date(),
): Promise<BulletEditRow> {
  return guardWrite(() =>
    exclusive(async () => {
      const stamp = now.toISOString()
      const row = await db.bulletEdits.get(entry.id)
      const current = row
        ? await fromStored<BulletEditRow>('bulletEdits', row as BulletEditRow)
        : blank(entry, stamp)
      const next = { ...apply(current), entryId: entry.id, updatedAt: stamp }
      // A row that holds nothing any more is removed rather than kept empty.
      if (next.text === undefined && !next.pinned && !next.hidden)
        await db.bulletEdits.delete(entry.id)
      else await db.bulletEdits.put(await toStored('bulletEdits', next))
      return next
    }),
  )
}

/** Keeps the user's text for a bullet, remembering which version of the entry it fits. */
export async function saveBulletText(entry: EntryStamp, text: string): Promise<BulletEditRow> {
  const parsed = textSchema.safeParse(text)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not valid'
    throw new StorageWriteError(`Not saved: the bullet ${message}.`, [{ path: 'text', message }])
  }
  return change(entry, (row) => ({ ...row, text: parsed.data, entryUpdatedAt: entry.updatedAt }))
}

/** "Use new suggestion": drops the user's text; pin and hide stay as they were. */
export async function clearBulletText(entry: EntryStamp): Promise<BulletEditRow> {
  return change(entry, ({ text: _text, ...row }) => ({ ...row, entryUpdatedAt: entry.updatedAt }))
}

/** "Keep my text": the edit still fits the changed entry, so stop flagging it. */
export async function keepBulletText(entry: EntryStamp): Promise<BulletEditRow> {
  return change(entry, (row) => ({ ...row, entryUpdatedAt: entry.updatedAt }))
}

export async function setBulletPinned(entry: EntryStamp, pinned: boolean): Promise<BulletEditRow> {
  return change(entry, (row) => ({ ...row, pinned }))
}

export async function setBulletHidden(entry: EntryStamp, hidden: boolean): Promise<BulletEditRow> {
  return change(entry, (row) => ({ ...row, hidden }))
}

/** An edited bullet whose entry was changed after the edit was made. */
export function isStale(row: BulletEditRow | undefined, entry: EntryStamp): boolean {
  return row?.text !== undefined && row.entryUpdatedAt !== entry.updatedAt
}

/** Every edit by entry id, live; undefined while loading. */
export function useBulletEdits(): Map<string, BulletEditRow> | undefined {
  return useLiveQuery(async () => {
    const stored = await db.bulletEdits.toArray()
    const rows = await fromStoredMany<BulletEditRow>('bulletEdits', stored as BulletEditRow[])
    return new Map(rows.map((row) => [row.entryId, row]))
  }, [])
}
