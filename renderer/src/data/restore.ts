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
import { db as appDb, SETTINGS_KEY, type BulletEditRow, type LeadlogDb } from './db'
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
  const stored = await database.entries.toArray()
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
}

export async function applyRestore(
  backup: Backup,
  mode: RestoreMode,
  { database = appDb, onProgress }: ApplyOptions = {},
): Promise<RestoreResult> {
  let where = 'opening your journal'
  try {
    return await database.transaction(
      'rw',
      [database.entries, database.settings, database.bulletEdits, database.narratives],
      async () => {
        where = 'reading your journal'
        const stored = await database.entries.toArray()
        const plan = planMerge(stored, backup.entries, entryKey)
        const storedEdits = await database.bulletEdits.toArray()
        const incomingEdits = backup.bulletEdits ?? []
        const storedNarratives = await database.narratives.toArray()
        const incomingNarratives = backup.narratives ?? []
        const storedSettingsValue = (await database.settings.get(SETTINGS_KEY))?.value
        const localSettings = parseSettings(storedSettingsValue)
        const fromBackup = parseSettings(backup.settings)

        const entries = mode === 'replace' ? backup.entries : plan.toPut
        const edits =
          mode === 'replace' ? incomingEdits : planMerge(storedEdits, incomingEdits, editKey).toPut
        const narratives =
          mode === 'replace'
            ? incomingNarratives
            : planMerge(storedNarratives, incomingNarratives, narrativeKey).toPut
        const total = entries.length + edits.length + narratives.length
        let done = 0
        onProgress?.({ done, total })

        if (mode === 'replace') {
          where = 'removing the entries that are not in the backup'
          await database.entries.clear()
          await database.bulletEdits.clear()
        }
        for (let start = 0; start < entries.length; start += CHUNK) {
          const chunk = entries.slice(start, start + CHUNK)
          where = `writing entries ${count(start + 1)}–${count(start + chunk.length)} of ${count(entries.length)}`
          await database.entries.bulkPut(chunk)
          done += chunk.length
          onProgress?.({ done, total })
        }
        where = 'writing bullet edits'
        for (let start = 0; start < edits.length; start += CHUNK) {
          const chunk = edits.slice(start, start + CHUNK)
          await database.bulletEdits.bulkPut(chunk)
          done += chunk.length
          onProgress?.({ done, total })
        }
        where = 'writing your own words (summaries, asks, goals and plans)'
        if (mode === 'replace') await database.narratives.clear()
        // A person writes a handful of these, so one write without chunks is enough.
        if (narratives.length) {
          await database.narratives.bulkPut(narratives)
          done += narratives.length
          onProgress?.({ done, total })
        }
        where = 'writing settings'
        const settings =
          mode === 'replace'
            ? parseSettings({ ...fromBackup, lastBackupAt: localSettings.lastBackupAt })
            : mergedSettings(localSettings, storedSettingsValue, fromBackup)
        await database.settings.put({ key: SETTINGS_KEY, value: settings })

        return {
          ...plan.counts,
          inBackup: backup.entries.length,
          stored: stored.length,
          mode,
          written: entries.length,
          removed: mode === 'replace' ? plan.counts.localOnly : 0,
        }
      },
    )
  } catch (error) {
    throw new RestoreError(describeFailure(error, where), where, { cause: error })
  }
}
