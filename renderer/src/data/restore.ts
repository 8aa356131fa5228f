// Restores a validated backup in ONE Dexie transaction over every table it touches: if
// anything fails (a full disk, a closed database), IndexedDB rolls the whole
// transaction back and the journal is exactly as it was. Rows are written with bulkPut
// in chunks so a large backup can report progress without leaving the transaction.
//
// Merge: entries and bullet edits by id, narratives by key, the newer updatedAt wins,
// ties keep the local row (see shared/backup/merge.ts); settings the user has set are
// kept, the backup only fills those never set here. Replace: entries, bullet edits and
// narratives become exactly the backup's (a backup without bullet edits or narratives
// clears them); settings become the backup's.
// Either way this device's lastBackupAt is kept: it describes this device, not the data.
import type { Backup } from '../../../shared/backup'
import { planMerge, type MergeCounts } from '../../../shared/backup'
import type { Entry, Narrative } from '../../../shared/entry'
import { parseSettings, type Settings } from '../../../shared/entry'
import {
  db as appDb,
  SETTINGS_KEY,
  type BulletEditRow,
  type LeadlogDb,
  type SettingRow,
} from './db'
import { fromStoredMany, toStoredMany } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { isQuotaError } from './writeErrors'

export type RestoreMode = 'merge' | 'replace'

export interface RestorePreview extends MergeCounts {
  /** Entries in the backup, trash included. */
  inBackup: number
  /** Entries stored now, trash included. */
  stored: number
}

export interface RestoreProgress {
  done: number
  total: number
}

export interface RestoreResult extends RestorePreview {
  mode: RestoreMode
  /** Entries written (merge: new + updated; replace: all in the backup). */
  written: number
  /** Entries deleted (replace only: the local-only ones). */
  removed: number
}

export class RestoreError extends Error {
  constructor(
    message: string,
    /** What the restore was doing when it failed, e.g. "writing entries 1,001–2,000 of 9,000". */
    readonly where: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'RestoreError'
  }
}

const CHUNK = 1000
const entryKey = (entry: Entry) => entry.id
const editKey = (edit: BulletEditRow) => edit.entryId
const narrativeKey = (narrative: Narrative) => narrative.key
const count = (n: number) => n.toLocaleString('en')

/** Counts what a restore would do, for the preview the user approves. */
export async function previewRestore(
  backup: Backup,
  database: LeadlogDb = appDb,
): Promise<RestorePreview> {
  const stored = await fromStoredMany<Entry>(
    'entries',
    (await database.entries.toArray()) as Entry[],
  )
  const { counts } = planMerge(stored, backup.entries, entryKey)
  return { ...counts, inBackup: backup.entries.length, stored: stored.length }
}

/** Merge keeps every setting the user has; the backup only fills ones never set here. */
function mergedSettings(local: Settings, stored: unknown, fromBackup: Settings): Settings {
  const storedKeys = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}
  const next: Record<string, unknown> = { ...local }
  for (const [key, value] of Object.entries(fromBackup)) {
    if (storedKeys[key] === undefined || storedKeys[key] === null) next[key] = value
  }
  return parseSettings(next)
}

function describeFailure(error: unknown, where: string): string {
  const cause = isQuotaError(error)
    ? 'the disk is full'
    : error instanceof Error
      ? error.message
      : String(error)
  return `Not restored: ${cause} (while ${where}). Your journal is exactly as it was before.`
}

export interface ApplyOptions {
  database?: LeadlogDb
  onProgress?: (progress: RestoreProgress) => void
  /**
   * Cancels the restore between chunks: the transaction is aborted, so IndexedDB rolls
   * back every row written so far and the journal is exactly as it was.
   */
  signal?: AbortSignal
}

/** The user cancelled: nothing was written (the transaction was rolled back). */
export class RestoreCancelled extends RestoreError {
  constructor(where: string) {
    super('Restore cancelled. Your journal is exactly as it was before.', where)
    this.name = 'RestoreCancelled'
  }
}

/** Everything stored now, opened, read in one transaction. */
async function readStored(database: LeadlogDb) {
  const raw = await database.transaction(
    'r',
    [database.entries, database.settings, database.bulletEdits, database.narratives],
    async () => ({
      entries: (await database.entries.toArray()) as Entry[],
      edits: (await database.bulletEdits.toArray()) as BulletEditRow[],
      narratives: (await database.narratives.toArray()) as Narrative[],
      settings: (await database.settings.get(SETTINGS_KEY)) as SettingRow | undefined,
    }),
  )
  const [settingsRow] = raw.settings ? await fromStoredMany('settings', [raw.settings]) : []
  return {
    entries: await fromStoredMany('entries', raw.entries),
    edits: await fromStoredMany('bulletEdits', raw.edits),
    narratives: await fromStoredMany('narratives', raw.narratives),
    settingsValue: settingsRow?.value,
  }
}

export async function applyRestore(
  backup: Backup,
  mode: RestoreMode,
  { database = appDb, onProgress, signal }: ApplyOptions = {},
): Promise<RestoreResult> {
  let where = 'opening your journal'
  // Throwing inside the transaction's callback aborts it (Dexie rolls it back).
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new RestoreCancelled(where)
  }
  try {
    // An encrypted journal opens what it reads and seals what it writes outside the
    // transaction (WebCrypto cannot run inside one); the queue keeps other writes out.
    return await exclusive(async () => {
      where = 'reading your journal'
      const stored = await readStored(database)
      const plan = planMerge(stored.entries, backup.entries, entryKey)
      const incomingEdits = backup.bulletEdits ?? []
      const incomingNarratives = backup.narratives ?? []
      const localSettings = parseSettings(stored.settingsValue)
      const fromBackup = parseSettings(backup.settings)

      const entries = mode === 'replace' ? backup.entries : plan.toPut
      const edits =
        mode === 'replace' ? incomingEdits : planMerge(stored.edits, incomingEdits, editKey).toPut
      const narratives =
        mode === 'replace'
          ? incomingNarratives
          : planMerge(stored.narratives, incomingNarratives, narrativeKey).toPut
      const settings =
        mode === 'replace'
          ? parseSettings({ ...fromBackup, lastBackupAt: localSettings.lastBackupAt })
          : mergedSettings(localSettings, stored.settingsValue, fromBackup)
      where = 'preparing the rows to write'
      const sealed = {
        entries: await toStoredMany('entries', entries),
        edits: await toStoredMany('bulletEdits', edits),
        narratives: await toStoredMany('narratives', narratives),
        settings: (await toStoredMany('settings', [{ key: SETTINGS_KEY, value: settings }]))[0]!,
      }
      const total = entries.length + edits.length + narratives.length
      let done = 0
      onProgress?.({ done, total })
      stopIfCancelled()

      await database.transaction(
        'rw',
        [database.entries, database.settings, database.bulletEdits, database.narratives],
        async () => {
          if (mode === 'replace') {
            where = 'removing the entries that are not in the backup'
            await database.entries.clear()
            await database.bulletEdits.clear()
          }
          for (let start = 0; start < sealed.entries.length; start += CHUNK) {
            const chunk = sealed.entries.slice(start, start + CHUNK)
            where = `writing entries ${count(start + 1)}–${count(start + chunk.length)} of ${count(entries.length)}`
            stopIfCancelled()
            await database.entries.bulkPut(chunk)
            done += chunk.length
            onProgress?.({ done, total })
          }
          stopIfCancelled()
          where = 'writing bullet edits'
          for (let start = 0; start < sealed.edits.length; start += CHUNK) {
            const chunk = sealed.edits.slice(start, start + CHUNK)
            await database.bulletEdits.bulkPut(chunk)
            done += chunk.length
            onProgress?.({ done, total })
          }
          where = 'writing your own words (summaries, asks, goals and plans)'
          if (mode === 'replace') await database.narratives.clear()
          // A person writes a handful of these, so one write without chunks is enough.
          if (sealed.narratives.length) {
            await database.narratives.bulkPut(sealed.narratives)
            done += sealed.narratives.length
            onProgress?.({ done, total })
          }
          where = 'writing settings'
          stopIfCancelled()
          await database.settings.put(sealed.settings)
        },
      )
      return {
        ...plan.counts,
        inBackup: backup.entries.length,
        stored: stored.entries.length,
        mode,
        written: entries.length,
        removed: mode === 'replace' ? plan.counts.localOnly : 0,
      }
    })
  } catch (error) {
    if (error instanceof RestoreCancelled) throw error
    throw new RestoreError(describeFailure(error, where), where, { cause: error })
  }
}
