// Opening the journal at start: the database first (which refuses a newer schema), then
// the vault (plain, locked, or unlocked with the key this computer remembers), then the
// trash is emptied of what has waited longer than TRASH_DAYS (an encrypted journal's
// when it is unlocked: the trash's dates are read from the sealed entries).
import { db } from './db'
import { openVault } from './vault/unlock'

/** Rejects with Dexie's error when the database cannot be opened; the gate explains it. */
export async function openJournal(): Promise<void> {
  await db.open()
  await openVault()
}
