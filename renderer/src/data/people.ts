// Repository for people across entries: a person is stored in every entry that names
// them, so their "describe as" is written to all of those entries at once.
import { useMemo } from 'react'
import {
  nameKey,
  peopleDirectory,
  personSchema,
  validateEntry,
  withDescribeAs,
  type Entry,
  type JournalPerson,
} from '../../../shared/entry'
import { localIsoDate } from '../../../shared/time'
import { db, type BulletEditRow } from './db'
import { readAllEntries } from './entries'
import { useAllEntries } from './useEntries'
import { fromStoredMany, toStoredMany } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite, StorageWriteError } from './writeErrors'

/** Everyone the journal names, with how documents describe them; undefined while loading. */
export function usePeopleDirectory(): JournalPerson[] | undefined {
  const entries = useAllEntries()
  return useMemo(() => entries && peopleDirectory(entries), [entries])
}

const describeAsSchema = personSchema.shape.describeAs.unwrap()

/**
 * Sets how share-safe documents describe the person with this name, in every entry that
 * names them (the trash too, so a restored entry agrees), in one transaction: every
 * changed entry is checked with the entry schema first, and if one fails nothing is
 * written. An empty wording goes back to the description from role and level. Returns
 * how many entries changed.
 */
export async function saveDescribeAs(name: string, describeAs: string): Promise<number> {
  const wording = describeAsSchema.safeParse(describeAs)
  if (!wording.success) {
    const message = wording.error.issues[0]?.message ?? 'is not valid'
    throw new StorageWriteError(`Not saved: the description ${message}.`, [
      { path: 'describeAs', message },
    ])
  }
  const key = nameKey(name)
  const now = new Date().toISOString()
  const today = localIsoDate(new Date())
  return guardWrite(() =>
    exclusive(async () => {
      const changed: { before: Entry; after: Entry }[] = []
      for (const entry of await readAllEntries()) {
        const next = withDescribeAs(entry, key, wording.data)
        if (next === null) continue
        const check = validateEntry({ ...next, updatedAt: now }, today)
        if (!check.ok) {
          const first = check.problems[0]!
          const which = entry.title.trim() ? `“${entry.title.trim()}”` : `of ${entry.occurredOn}`
          throw new StorageWriteError(
            `Not saved: in the entry ${which}, ${first.path} ${first.message}.`,
            check.problems,
          )
        }
        changed.push({ before: entry, after: check.entry })
      }
      const entries = await toStoredMany(
        'entries',
        changed.map((c) => c.after),
      )
      const edits = await toStoredMany('bulletEdits', await editsKeptCurrent(changed, now))
      await db.transaction('rw', db.entries, db.bulletEdits, async () => {
        await db.entries.bulkPut(entries)
        await db.bulletEdits.bulkPut(edits)
      })
      return changed.length
    }),
  )
}

/**
 * A new wording for a person changes no bullet the user edited (their text is theirs, and
 * share-safe replaces names in it when it is copied), so an edit that fitted its entry
 * before still fits: it is not flagged "entry changed".
 */
async function editsKeptCurrent(
  changed: readonly { before: Entry; after: Entry }[],
  now: string,
): Promise<BulletEditRow[]> {
  const stored = await db.bulletEdits.bulkGet(changed.map((c) => c.before.id))
  const present = stored.filter((row) => row !== undefined) as BulletEditRow[]
  const edits = new Map(
    (await fromStoredMany<BulletEditRow>('bulletEdits', present)).map((e) => [e.entryId, e]),
  )
  return changed.flatMap(({ before }) => {
    const edit = edits.get(before.id)
    return edit && edit.entryUpdatedAt === before.updatedAt
      ? [{ ...edit, entryUpdatedAt: now }]
      : []
  })
}
