// The messages between the page and the import worker. Progress comes while the worker
// reads; the entries come back in slices, one per request, so the page takes each copy in
// with time to paint between (the backup restore's pattern, see parseBackupProtocol.ts).
import type { ImportOptions, ImportResult } from '../../../../shared/import'
import type { FileBytes } from './readFiles'

/** What the worker needs: the options without the progress callback, which cannot travel. */
export type WorkerOptions = Omit<ImportOptions, 'onProgress'>

export type ImportRequest =
  { kind: 'import'; files: FileBytes[]; options: WorkerOptions } | { kind: 'next' }

export type ImportReply =
  | { kind: 'progress'; done: number; total: number }
  /** Everything but the entries, which follow in 'entries' messages until 'done'. */
  | { kind: 'result'; result: ImportResult }
  | { kind: 'entries'; entries: ImportResult['entries'] }
  | { kind: 'done' }

export const ENTRIES_PER_MESSAGE = 1_000

/** What the worker sends for one result after its progress, in order. */
export function* toReplies(result: ImportResult): Generator<ImportReply> {
  const { entries, ...rest } = result
  yield { kind: 'result', result: { ...rest, entries: [] } }
  for (let start = 0; start < entries.length; start += ENTRIES_PER_MESSAGE) {
    yield { kind: 'entries', entries: entries.slice(start, start + ENTRIES_PER_MESSAGE) }
  }
  yield { kind: 'done' }
}
