// Live views of the journal for the derived screens (readiness, bullets, review).
import { useLiveQuery } from 'dexie-react-hooks'
import type { Entry } from '../../../shared/entry'
import { db } from './db'

/** Every entry not in the trash, newest first; undefined while loading. */
export function useLiveEntries(): Entry[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.entries.orderBy('occurredOn').reverse().toArray()
    return all.filter((entry) => entry.deletedAt === undefined)
  }, [])
}
