// The shapes an import speaks in: the files the user chose, what came out of them, and
// what could not be read. Kept apart so the parsers, the worker and the views share them.
import type { CompetencyId, Entry, EntryKind } from '../entry'
import type { ImportFormat } from '../entry'

/** A file as the user chose it (a zip arrives as the JSON files inside it). */
export interface ImportFile {
  name: string
  text: string
}

/** Something that was not imported: which file, where in it, and why in plain words. */
export interface Skipped {
  file: string
  where: string
  why: string
}

/** The spreadsheet columns an import reads; `date` and `title` or `notes` are needed. */
export const CSV_FIELDS = [
  'date',
  'title',
  'notes',
  'kind',
  'competencies',
  'tags',
  'people',
] as const
export type CsvField = (typeof CSV_FIELDS)[number]

/** Column index per field (absent: not imported). */
export type CsvMapping = Partial<Record<CsvField, number>>

export const DATE_FORMATS = ['ymd', 'dmy', 'mdy', 'text'] as const
/** How the dates are written: 2026-03-14, 14/03/2026, 03/14/2026, or in words ("14 March 2026"). */
export type DateFormat = (typeof DATE_FORMATS)[number]

/** What was detected in a CSV file, shown so the user can correct the mapping. */
export interface CsvSettings {
  delimiter: string
  headers: string[]
  mapping: CsvMapping
  dateFormat: DateFormat
}

export interface ImportOptions {
  /** The day the import is judged on: later dates are refused. */
  asOf: string
  /** Names this import in every entry's source and its ids; defaults to a fingerprint of the files. */
  importId?: string
  /** The user's corrections to a CSV file's columns and date format. */
  csv?: Partial<Pick<CsvSettings, 'mapping' | 'dateFormat'>>
  /** Told every few hundred records how many of how many are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void
}

export interface ImportResult {
  /** The format the files were read as; null when none of them is one Leadlog reads. */
  format: ImportFormat | null
  entries: Entry[]
  skipped: Skipped[]
  /** For CSV: what was detected (or chosen), for the column mapping. */
  csv?: CsvSettings
}

/**
 * One readable record before it becomes an entry: the words as found, the date, and
 * what the source says outright. Guesses (kind, title, competencies, metric) come later.
 */
export interface Draft {
  file: string
  /** "line 12", "entry 3": where a person finds it in the file. */
  where: string
  occurredOn: string
  /** A title the source gives (jrnl, CSV, a titled heading); absent: the first line. */
  title?: string
  /** Markdown body. */
  text: string
  tags: string[]
  /** The source's own id (Day One's uuid); absent: a fingerprint of the words. */
  sourceId?: string
  /** The heading a brag-document bullet sits under ("Collaboration & mentorship"). */
  section?: string
  /** Given outright by a CSV column. */
  kind?: EntryKind
  competencies?: CompetencyId[]
  people?: { name: string; role?: string }[]
}

/** What a parser gives back: the records it read and what it could not read. */
export interface Parsed {
  drafts: Draft[]
  skipped: Skipped[]
}
