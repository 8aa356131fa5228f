// The whole reading of an import, where it runs (the worker, or the page where there is
// none): the chosen bytes opened (zips included), then importJournal, with the files
// refused before reading listed first.
import { importJournal, type ImportResult, type Skipped } from '../../../../shared/import'
import { openFiles, type FileBytes } from './readFiles'
import type { WorkerOptions } from './importProtocol'

export function runImport(
  files: readonly FileBytes[],
  options: WorkerOptions,
  onProgress?: (done: number, total: number) => void,
): ImportResult {
  const opened = openFiles(files)
  const result = importJournal(opened.files, { ...options, ...(onProgress ? { onProgress } : {}) })
  const skipped: Skipped[] = [...opened.skipped, ...result.skipped]
  return { ...result, skipped }
}
