// Live views of the entries table. Each hook is one live query that every view using it
// shares the shape of; views derive what they show from these with pure functions.
import { useLiveQuery } from 'dexie-react-hooks'
import type { Entry } from '../../../shared/entry'
import { db } from './db'
import { fromStoredMany } from './vault/codec'

/**
 * Every stored entry, the trash included, in id order; undefined while loading. One
 * plain read of the table per change: the journal and the review sort and split it
 * themselves, so nothing is read twice.
 */
export function useAllEntries(): Entry[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.entries.toArray()
    return fromStoredMany<Entry>('entries', rows as Entry[])
  }, [])
}

/** Every entry not in the trash, newest first; undefined while loading. */
export function useLiveEntries(): Entry[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.entries.orderBy('occurredOn').reverse().toArray()
    const all = await fromStoredMany<Entry>('entries', rows as Entry[])
    return all.filter((entry) => entry.deletedAt === undefined)
  }, [])
}
