// Whether the journal holds anything of the user's. Entries loaded from the sample journal
// (`sample: true`) are not: they are the app's own examples, the same on every install, so
// losing them loses nothing, and a backup reminder about them would only nag.
import { useLiveQuery } from 'dexie-react-hooks'
import { db as appDb, type LeadlogDb } from './db'

/** True when at least one entry is the user's own; entries in the trash count, they can still come back. */
export async function hasOwnEntries(database: LeadlogDb = appDb): Promise<boolean> {
  // Stops at the first own entry, so a large journal is not read into memory for a yes.
  const own = await database.entries.filter((entry) => entry.sample !== true).first()
  return own !== undefined
}

/** Live answer of hasOwnEntries; undefined while the first read is in flight. */
export function useHasOwnEntries(): boolean | undefined {
  return useLiveQuery(() => hasOwnEntries(), [])
}
