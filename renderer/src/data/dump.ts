// Reads every table as it is stored: for backups and for tests that prove a failed
// restore left the database byte-identical.
import { canonicalJson } from '../../../shared/backup'
import { parseSettings, type Settings } from '../../../shared/entry'
import type { Entry } from '../../../shared/entry'
import { db as appDb, type BulletEditRow, type LeadlogDb } from './db'

/** The settings row key used by db/settings.ts. */
export const SETTINGS_KEY = 'app'

/** Every row of every table, in primary-key order, read in one transaction. */
export async function dumpDatabase(
  database: LeadlogDb = appDb,
): Promise<Record<string, unknown[]>> {
  return database.transaction('r', database.tables, async () => {
    const dump: Record<string, unknown[]> = {}
    for (const table of [...database.tables].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      dump[table.name] = await table.toArray()
    }
    return dump
  })
}

/** The whole database as canonical text: equal text means equal contents. */
export async function dumpDatabaseText(database: LeadlogDb = appDb): Promise<string> {
  return canonicalJson(await dumpDatabase(database))
}

export interface JournalData {
  entries: Entry[]
  settings: Settings
  bulletEdits: BulletEditRow[]
}

/** What a backup holds: all entries (trash included), settings and bullet edits. */
export async function readJournalData(database: LeadlogDb = appDb): Promise<JournalData> {
  return database.transaction(
    'r',
    database.entries,
    database.settings,
    database.bulletEdits,
    async () => ({
      entries: await database.entries.toArray(),
      settings: parseSettings((await database.settings.get(SETTINGS_KEY))?.value),
      bulletEdits: await database.bulletEdits.toArray(),
    }),
  )
}
