// Opening the journal at start: the database first (which refuses a newer schema), then
// the trash is emptied of what has waited longer than TRASH_DAYS.
import { db } from './db'
import { purgeOldTrash } from './entries'

/** Rejects with Dexie's error when the database cannot be opened; the gate explains it. */
export async function openJournal(): Promise<void> {
  await db.open()
  await purgeOldTrash()
}
