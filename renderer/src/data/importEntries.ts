// Writes an import and takes it back. Every entry is checked first, sealed when the journal
// is encrypted (through the vault's codec, like every other write), and written in ONE
// transaction: all of the import or none of it. "Undo import" deletes exactly the entries
// the import wrote, known by the import's name in their source, and nothing else.
import { validateEntry, type Entry } from '../../../shared/entry'
import { localIsoDate } from '../../../shared/time'
import { db } from './db'
import { fromStoredMany, toStoredMany } from './vault/codec'
import { exclusive } from './vault/writeLock'
import { guardWrite, StorageWriteError } from './writeErrors'

/** Entries sealed between two progress reports. */
const SEAL_BATCH = 500
/** Entries checked before the page gets a turn (tens of milliseconds). */
const CHECK_BATCH = 500

/** The progress bar covers three passes over the entries: check, seal, write. */
const STEPS = 3

/** Entries added per step of the one transaction. */
const WRITE_CHUNK = 250

function isTaken(error: unknown): boolean {
  const { name, failures } = error as { name?: string; failures?: { name?: string }[] }
  return (
    name === 'ConstraintError' ||
    (name === 'BulkError' && (failures ?? []).some((f) => f?.name === 'ConstraintError'))
  )
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export interface ImportWritten {
  importId: string
  ids: string[]
}

/** The user cancelled: nothing was written (the transaction, if begun, was rolled back). */
export class ImportCancelled extends Error {
  constructor() {
    super('Import cancelled. Your journal is exactly as it was.')
    this.name = 'ImportCancelled'
  }
}

/**
 * Adds the entries of one import. Each must carry that import's name in its source; none
 * may have an id the journal already uses (an import never overwrites). Nothing is written
 * unless everything can be.
 */
export async function importEntries(
  importId: string,
  entries: readonly Entry[],
  onProgress?: (done: number, total: number) => void,
  /** Cancels between batches; inside the write, throwing aborts the one transaction. */
  signal?: AbortSignal,
): Promise<ImportWritten> {
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new ImportCancelled()
  }
  const now = new Date().toISOString()
  const today = localIsoDate(new Date())
  const valid: Entry[] = []
  for (const [i, entry] of entries.entries()) {
    // Checking 10,000 entries takes most of a second: the page gets a turn between batches.
    if (i > 0 && i % CHECK_BATCH === 0) {
      onProgress?.(i, entries.length * STEPS)
      await nextTask()
      stopIfCancelled()
    }
    const check = validateEntry({ ...entry, createdAt: now, updatedAt: now }, today)
    if (!check.ok) {
      const first = check.problems[0]!
      throw new StorageWriteError(
        `Nothing was imported: entry ${i + 1} (“${entry.title}”) ${first.path} ${first.message}.`,
        check.problems,
      )
    }
    if (check.entry.source?.importId !== importId) {
      throw new StorageWriteError(`Nothing was imported: entry ${i + 1} belongs to another import.`)
    }
    valid.push(check.entry)
  }
  const ids = valid.map((entry) => entry.id)
  try {
    await guardWrite(() =>
      exclusive(async () => {
        // Sealing is WebCrypto, which cannot run inside the transaction: done first, in batches
        // so the progress bar moves while a large import is encrypted.
        const stored: Entry[] = []
        for (let start = 0; start < valid.length; start += SEAL_BATCH) {
          stopIfCancelled()
          stored.push(...(await toStoredMany('entries', valid.slice(start, start + SEAL_BATCH))))
          onProgress?.(
            valid.length + Math.min(start + SEAL_BATCH, valid.length),
            valid.length * STEPS,
          )
        }
        try {
          // In chunks, each awaited inside the one transaction: a single bulkAdd of 10,000
          // entries copied them all in one task and froze the page for seconds.
          await db.transaction('rw', db.entries, async () => {
            for (let start = 0; start < stored.length; start += WRITE_CHUNK) {
              stopIfCancelled()
              await db.entries.bulkAdd(stored.slice(start, start + WRITE_CHUNK))
              const written = Math.min(start + WRITE_CHUNK, stored.length)
              onProgress?.(2 * valid.length + written, valid.length * STEPS)
            }
          })
        } catch (error) {
          // An id already taken fails its add, which aborts the transaction: nothing written.
          if (isTaken(error)) {
            throw new StorageWriteError(
              'Nothing was imported: some of these entries are already in your journal. Choose the files again.',
            )
          }
          throw error
        }
      }),
    )
  } catch (error) {
    // guardWrite words every failure as a storage error; a cancel is not one.
    if (signal?.aborted) throw new ImportCancelled()
    throw error
  }
  return { importId, ids }
}

/**
 * Removes the entries an import wrote (and any bullet edits made to them since), in one
 * transaction. Only entries whose source names this import are removed, whatever ids are
 * given. Returns how many were removed.
 */
export async function undoImport(importId: string, ids: readonly string[]): Promise<number> {
  return guardWrite(() =>
    exclusive(async () => {
      const rows = (await db.entries.bulkGet([...ids])).filter((row) => row !== undefined)
      const entries = await fromStoredMany<Entry>('entries', rows as Entry[])
      const mine = entries.filter((e) => e.source?.importId === importId).map((e) => e.id)
      await db.transaction('rw', db.entries, db.bulletEdits, async () => {
        await db.entries.bulkDelete(mine)
        await db.bulletEdits.bulkDelete(mine)
      })
      return mine.length
    }),
  )
}
