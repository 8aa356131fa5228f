// The import's steps, from the chosen files to the written entries and back: read (in the
// worker, with progress), preview (duplicates left out), edit, write in one transaction,
// undo. Nothing is written before the user presses "Import N entries".
import type { CsvSettings } from '../../../../shared/import'
import { findDuplicates } from '../../../../shared/import'
import { formatCount } from '../../../../shared/format'
import { localIsoDate } from '../../../../shared/time'
import { readAllEntries } from '../../data/entries'
import { ImportCancelled, importEntries, undoImport } from '../../data/importEntries'
import { useLocaleState } from '../../app/localeSlice'
import { useToast } from '../../app/toastSlice'
import { importOffThread } from './importOffThread'
import { editRow, blockingRows, includedEntries, makeRows, type RowEdit } from './previewRows'
import { readChosenFiles } from './readFiles'
import { setFlow, useImportUi } from './importSlice'

const today = () => localIsoDate(new Date())

/** "1 entry", "10,000 entries", in the user's locale. */
const countOf = (n: number) => formatCount(n, 'entry', 'entries', useLocaleState.getState().locale)

/** Each choice of files, and each close, starts a new attempt: older work must not land. */
let attempt = 0
/** The files on screen, read again when the CSV mapping changes. */
let chosen: File[] = []
/** The import being written, for Cancel: aborting rolls its transaction back. */
let writing: AbortController | null = null

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const namesOf = (files: readonly { name: string }[]) =>
  files.length === 1 ? files[0]!.name : `${files.length} files`

async function read(csv?: Partial<Pick<CsvSettings, 'mapping' | 'dateFormat'>>) {
  const id = ++attempt
  const names = namesOf(chosen)
  const current = () => attempt === id
  setFlow({ step: 'reading', names, progress: null })
  try {
    const { files, skipped: tooLarge } = await readChosenFiles(chosen)
    const importId = crypto.randomUUID()
    const result = await importOffThread(
      files,
      { asOf: today(), importId, ...(csv ? { csv } : {}) },
      (done, total) => current() && setFlow({ step: 'reading', names, progress: { done, total } }),
    )
    if (!current()) return
    const duplicates = findDuplicates(result.entries, await readAllEntries())
    if (!current()) return
    setFlow({
      step: 'preview',
      names,
      importId,
      result,
      rows: makeRows(result.entries, duplicates),
      skipped: [...tooLarge, ...result.skipped],
    })
  } catch (error) {
    if (current())
      setFlow({ step: 'failed', names, message: `Could not read ${names}: ${reasonOf(error)}` })
  }
}

export function chooseFiles(files: readonly File[]): Promise<void> {
  chosen = [...files]
  return read()
}

/** Reads the CSV again with the user's corrected columns or date format. */
export function remapCsv(csv: Pick<CsvSettings, 'mapping' | 'dateFormat'>): Promise<void> {
  return read(csv)
}

export function editPreviewRow(index: number, edit: RowEdit): void {
  const { flow } = useImportUi.getState()
  if (flow.step !== 'preview') return
  const rows = flow.rows.slice()
  const row = rows[index]
  if (!row) return
  rows[index] = editRow(row, edit, today())
  setFlow({ ...flow, rows })
}

/** Includes or leaves out every row at once (duplicates too, when the user says so). */
export function includeAll(include: boolean): void {
  const { flow } = useImportUi.getState()
  if (flow.step !== 'preview') return
  setFlow({ ...flow, rows: flow.rows.map((row) => ({ ...row, include })) })
}

export async function importNow(): Promise<void> {
  const { flow } = useImportUi.getState()
  if (flow.step !== 'preview' || blockingRows(flow.rows).length) return
  const entries = includedEntries(flow.rows)
  if (entries.length === 0) return
  const { names, importId } = flow
  const id = ++attempt
  const cancel = new AbortController()
  writing = cancel
  setFlow({ step: 'writing', names, progress: { done: 0, total: entries.length } })
  try {
    const onProgress = (done: number, total: number) => {
      if (attempt === id) setFlow({ step: 'writing', names, progress: { done, total } })
    }
    const written = await importEntries(importId, entries, onProgress, cancel.signal)
    const message = `Imported ${countOf(written.ids.length)} from ${names}.`
    useImportUi.setState({ flow: { step: 'idle' }, notice: message })
    useToast.getState().notify({
      message,
      actionLabel: 'Undo import',
      onAction: () => void undoAnImport(written.importId, written.ids, names),
    })
  } catch (error) {
    // Cancelled: back to the preview as the user left it, with every edit kept.
    if (error instanceof ImportCancelled) {
      setFlow(flow)
      useImportUi.setState({ notice: error.message })
      return
    }
    // The write is one transaction: a failure left the journal exactly as it was.
    setFlow({ step: 'failed', names, message: reasonOf(error) })
  } finally {
    if (writing === cancel) writing = null
  }
}

/** Stops the import being written; the journal stays exactly as it was. */
export function cancelImport(): void {
  writing?.abort()
}

/** Removes exactly the entries of one import, and says how many. */
export async function undoAnImport(importId: string, ids: string[], names: string): Promise<void> {
  if (useImportUi.getState().undoing) return
  useImportUi.setState({ undoing: true })
  try {
    const removed = await undoImport(importId, ids)
    const message = `Import from ${names} undone: ${countOf(removed)} removed.`
    useImportUi.setState({ notice: message })
    useToast.getState().notify({ message })
  } catch (error) {
    useImportUi.setState({ notice: `Could not undo the import: ${reasonOf(error)}` })
  } finally {
    useImportUi.setState({ undoing: false })
  }
}

export function closeImport(): void {
  attempt++
  chosen = []
  setFlow({ step: 'idle' })
}

export function dismissNotice(): void {
  useImportUi.setState({ notice: null })
}
