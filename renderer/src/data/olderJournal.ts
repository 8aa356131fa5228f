// A journal stored by an older Leadlog, opened at ITS schema version, so it can be backed
// up as it is before Dexie upgrades it (features/backup/snapshotBeforeMigration.ts).
// Opening at the stored version changes nothing on disk.
import { CURRENT_SCHEMA_VERSION, createDb, DB_NAME, type LeadlogDb } from './db'
import { storedSchemaVersion } from './versionCheck'

export interface OlderJournal {
  database: LeadlogDb
  fromVersion: number
  /** Sealed rows cannot be read while the journal is locked, which it is at start. */
  encrypted: boolean
}

/** The stored journal when it awaits an upgrade; null when there is none or it is current. */
export async function openOlderJournal(name = DB_NAME): Promise<OlderJournal | null> {
  const fromVersion = await storedSchemaVersion(name)
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion >= CURRENT_SCHEMA_VERSION) {
    return null
  }
  const database = createDb(name, fromVersion)
  await database.open()
  const hasVault = database.tables.some((table) => table.name === 'vault')
  const encrypted = hasVault && (await database.vault.count()) > 0
  return { database, fromVersion, encrypted }
}
