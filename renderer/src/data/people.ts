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
import { db } from './db'
import { useAllEntries } from './useEntries'
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
    db.transaction('rw', db.entries, db.bulletEdits, async () => {
      const changed: { before: Entry; after: Entry }[] = []
      for (const entry of await db.entries.toArray()) {
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
      await db.entries.bulkPut(changed.map((c) => c.after))
      await keepEditsCurrent(changed, now)
      return changed.length
    }),
  )
}

/**
 * A new wording for a person changes no bullet the user edited (their text is theirs, and
 * share-safe replaces names in it when it is copied), so an edit that fitted its entry
 * before still fits: it is not flagged "entry changed".
 */
async function keepEditsCurrent(
  changed: readonly { before: Entry; after: Entry }[],
  now: string,
): Promise<void> {
  const edits = await db.bulletEdits.bulkGet(changed.map((c) => c.before.id))
  const current = edits.flatMap((edit, i) =>
    edit && edit.entryUpdatedAt === changed[i]!.before.updatedAt
      ? [{ ...edit, entryUpdatedAt: now }]
      : [],
  )
  if (current.length) await db.bulletEdits.bulkPut(current)
}
