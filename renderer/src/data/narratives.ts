// Repository for the user's own words per document: a review's opening summary, asks and
// goals, a promotion case's summary and plan (shared/entry/narrative.ts says what a row
// holds and how it is keyed). Every write is validated whole and is one put or delete,
// so a failure leaves the stored row exactly as it was.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  isBlankNarrative,
  narrativeFieldWords,
  narrativeSchema,
  type Narrative,
  type NarrativeDocument,
} from '../../../shared/entry'
import { db } from './db'
import { fromStored, fromStoredMany, storedKeyOf, toStored } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite, StorageWriteError } from './writeErrors'

/** A row as a view writes it; the time of the write is stamped here. */
export type NarrativeDraft = Omit<Narrative, 'updatedAt'>

/** Checks a row before it is written; the first problem becomes the sentence shown. */
function validated(row: Narrative): Narrative {
  const parsed = narrativeSchema.safeParse(row)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: `${narrativeFieldWords(issue.path)} ${issue.message}`,
  }))
  const first = problems[0]?.message ?? 'is not valid'
  throw new StorageWriteError(`Not saved: ${first}.`, problems)
}

/**
 * Stores the row as given (it replaces the stored one). A row that holds none of the
 * user's words is removed rather than kept empty. Returns what is stored now.
 */
export async function saveNarrative(
  draft: NarrativeDraft,
  now = new Date(),
): Promise<Narrative | null> {
  const row = validated({ ...draft, updatedAt: now.toISOString() })
  return guardWrite(() =>
    exclusive(async () => {
      if (isBlankNarrative(row)) {
        await db.narratives.delete(await storedKeyOf('narratives', row.key))
        return null
      }
      await db.narratives.put(await toStored('narratives', row))
      return row
    }),
  )
}

export async function getNarrative(key: string): Promise<Narrative | null> {
  const row = await db.narratives.get(await storedKeyOf('narratives', key))
  return row ? fromStored<Narrative>('narratives', row as Narrative) : null
}

export async function deleteNarrative(key: string): Promise<void> {
  await guardWrite(() =>
    exclusive(async () => db.narratives.delete(await storedKeyOf('narratives', key))),
  )
}

/** The stored row for a key, live: undefined while loading, null when nothing is written. */
export function useNarrative(key: string | null): Narrative | null | undefined {
  const result = useLiveQuery(
    async () => ({ key, row: key === null ? null : await getNarrative(key) }),
    [key],
  )
  // Right after the key changes the hook still holds the previous key's row for a moment;
  // that row belongs to another period, so it reads as "still loading".
  return result && result.key === key ? result.row : undefined
}

/**
 * Every stored row of one kind of document by key, live; undefined while loading. A person
 * keeps a few dozen at most, and having them all at hand lets a view switch periods
 * without waiting for a read.
 */
export function useNarratives(document: NarrativeDocument): Map<string, Narrative> | undefined {
  return useLiveQuery(async () => {
    const stored = await db.narratives.where('document').equals(document).toArray()
    const rows = await fromStoredMany<Narrative>('narratives', stored as Narrative[])
    return new Map(rows.map((row) => [row.key, row]))
  }, [document])
}
