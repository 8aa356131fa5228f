// The import itself: which format the chosen files are, their records read, and each
// turned into an entry or listed as skipped with its place and reason. Pure: the day it
// is judged on and the import's name come in, so the same files give the same result.
import { MAX_BACKUP_BYTES } from '../backup'
import { FORMAT_LABELS, type Entry, type ImportFormat } from '../entry'
import { buildEntry } from './build'
import { parseCsv } from './csv'
import { parseDayOne } from './dayOne'
import { fingerprint } from './fingerprint'
import { readJson } from './json'
import { parseJrnl } from './jrnl'
import { parseMarkdown } from './markdown'
import type { CsvSettings, Draft, ImportFile, ImportOptions, ImportResult, Skipped } from './types'

/** More than any journal we promise (100,000 entries); a larger file is not a journal. */
export const MAX_IMPORT_ENTRIES = 100_000

const WHOLE = 'whole file'

/** Records between two progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250

type Sniffed = { format: ImportFormat | 'json' } | { refused: string }

/** What a file is, by its name and then its first characters. */
function sniff(file: ImportFile): Sniffed {
  if (file.text.length > MAX_BACKUP_BYTES) {
    const mb = (n: number) => Math.ceil(n / 1024 / 1024).toLocaleString('en')
    return {
      refused: `is about ${mb(file.text.length)} MB, larger than the ${mb(MAX_BACKUP_BYTES)} MB an import can be`,
    }
  }
  // A NUL character never appears in text: this is an image, a zip or another binary file.
  if (file.text.slice(0, 8192).includes('\u0000')) {
    return { refused: 'is not a text file (jrnl or Day One JSON, Markdown or CSV)' }
  }
  const name = file.name.toLowerCase()
  if (name.endsWith('.json')) return { format: 'json' }
  if (/\.(csv|tsv)$/.test(name)) return { format: 'csv' }
  if (/\.(md|markdown|txt)$/.test(name)) return { format: 'markdown' }
  if (/^\s*[{[]/.test(file.text.slice(0, 100))) return { format: 'json' }
  return {
    refused:
      'is not a file Leadlog can import: choose a jrnl or Day One export (.json or .zip), Markdown (.md) or CSV (.csv)',
  }
}

interface Read {
  file: string
  format: ImportFormat
  drafts: Draft[]
  skipped: Skipped[]
  csv?: CsvSettings
}

function readFile(
  file: ImportFile,
  format: ImportFormat | 'json',
  options: ImportOptions,
): Read | Skipped {
  const name = file.name
  if (format === 'markdown') return { file: name, format, ...parseMarkdown(name, file.text) }
  if (format === 'csv') {
    const { settings, ...parsed } = parseCsv(name, file.text, options.csv)
    return { file: name, format, ...parsed, csv: settings }
  }
  const json = readJson(file)
  if (!json.ok) return json.skipped
  const parsed =
    json.kind === 'jrnl' ? parseJrnl(file.name, json.entries) : parseDayOne(file.name, json.entries)
  return { file: name, format: json.kind, ...parsed }
}

export function importJournal(files: readonly ImportFile[], options: ImportOptions): ImportResult {
  const skipped: Skipped[] = []
  const reads: Read[] = []
  if (files.length === 0) return { format: null, entries: [], skipped }
  for (const file of files) {
    const sniffed = sniff(file)
    if ('refused' in sniffed) {
      skipped.push({ file: file.name, where: WHOLE, why: sniffed.refused })
      continue
    }
    const read = readFile(file, sniffed.format, options)
    if ('why' in read) skipped.push(read)
    else reads.push(read)
  }
  const formats = [...new Set(reads.map((r) => r.format))]
  if (formats.length === 0) return { format: null, entries: [], skipped }
  if (formats.length > 1) {
    // One preview, one kind of guess: mixing a CSV with a brag document is two imports.
    const which = formats.map((f) => FORMAT_LABELS[f]).join(' and ')
    const refused = reads.map((r) => ({
      file: r.file,
      where: WHOLE,
      why: `is one of several formats chosen together (${which}); import one format at a time`,
    }))
    return { format: null, entries: [], skipped: [...skipped, ...refused] }
  }
  const format = formats[0]!
  const importId =
    options.importId ?? `import-${fingerprint(...files.flatMap((f) => [f.name, f.text]))}`
  const context = { format, asOf: options.asOf, importId, now: `${options.asOf}T00:00:00.000Z` }
  const entries: Entry[] = []
  const total = reads.reduce((sum, read) => sum + read.drafts.length, 0)
  let done = 0
  for (const read of reads) {
    for (const draft of read.drafts) {
      if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total)
      if (entries.length >= MAX_IMPORT_ENTRIES) {
        skipped.push({
          file: draft.file,
          where: draft.where,
          why: `and what follows it are beyond the ${MAX_IMPORT_ENTRIES.toLocaleString('en')} entries one import can hold`,
        })
        break
      }
      const built = buildEntry(draft, entries.length, context)
      if ('entry' in built) entries.push(built.entry)
      else skipped.push(built.skipped)
    }
    skipped.push(...read.skipped)
  }
  options.onProgress?.(total, total)
  const csv = reads.find((r) => r.csv)?.csv
  return { format, entries, skipped: inFileOrder(skipped, files), ...(csv ? { csv } : {}) }
}

/** Skipped places by file as chosen, then by their first number (line, row, entry). */
function inFileOrder(skipped: Skipped[], files: readonly ImportFile[]): Skipped[] {
  const fileIndex = new Map(files.map((f, i) => [f.name, i]))
  const place = (s: Skipped) => Number(/\d+/.exec(s.where)?.[0] ?? 0)
  return skipped
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        (fileIndex.get(a.s.file) ?? 0) - (fileIndex.get(b.s.file) ?? 0) ||
        place(a.s) - place(b.s) ||
        a.i - b.i,
    )
    .map(({ s }) => s)
}
