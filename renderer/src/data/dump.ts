// Reads every table as it is stored: for backups and for tests that prove a failed
// restore left the database byte-identical.
import { canonicalJson } from '../../../shared/backup'
import { parseSettings, type Settings } from '../../../shared/entry'
import type { Entry, Narrative } from '../../../shared/entry'
import {
  CURRENT_SCHEMA_VERSION,
  db as appDb,
  SETTINGS_KEY,
  type BulletEditRow,
  type LeadlogDb,
} from './db'
import { fromStoredMany } from './vault/codec'

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

export interface StoredJournal {
  /** The schema the rows are stored in, so a restore knows what shape it reads. */
  schemaVersion: number
  entries: Entry[]
  settings: Settings
  bulletEdits: BulletEditRow[]
  narratives: Narrative[]
}

/** What a backup holds: every entry (trash too), settings, bullet edits and narratives, opened. */
export async function readJournalData(database: LeadlogDb = appDb): Promise<StoredJournal> {
  const stored = await database.transaction(
    'r',
    database.entries,
    database.settings,
    database.bulletEdits,
    database.narratives,
    async () => ({
      entries: (await database.entries.toArray()) as Entry[],
      settings: await database.settings.get(SETTINGS_KEY),
      bulletEdits: (await database.bulletEdits.toArray()) as BulletEditRow[],
      narratives: (await database.narratives.toArray()) as Narrative[],
    }),
  )
  const [settings] = stored.settings ? await fromStoredMany('settings', [stored.settings]) : []
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    entries: await fromStoredMany('entries', stored.entries),
    settings: parseSettings((settings as { value?: unknown } | undefined)?.value),
    bulletEdits: await fromStoredMany('bulletEdits', stored.bulletEdits),
    narratives: await fromStoredMany('narratives', stored.narratives),
  }
}
