// Opening the journal at start: the database first (which refuses a newer schema). The
// gate then opens the vault (vault/unlock.ts openVault: plain, locked, or unlocked with the
// key this computer remembers), which empties the trash of what has waited longer than
// TRASH_DAYS (an encrypted journal's when it is unlocked: the dates are read sealed).
import { db } from './db'

/** Rejects with Dexie's error when the database cannot be opened; the gate explains it. */
export async function openJournal(): Promise<void> {
  await db.open()
}
