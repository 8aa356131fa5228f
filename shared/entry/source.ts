// Where an imported entry came from, so a user can trace it back and a second import of
// the same file adds nothing (issue 16). Entries written in Leadlog have no source.
import { z } from 'zod'

export const IMPORT_FORMATS = ['jrnl', 'dayone', 'markdown', 'csv'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** Each format as the import and an imported entry name it. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  jrnl: 'jrnl JSON',
  dayone: 'Day One JSON',
  markdown: 'Markdown',
  csv: 'CSV',
}

const label = z.string().trim().min(1, 'is empty').max(300, 'is longer than 300 characters')

export const entrySourceSchema = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { message: `must be one of ${IMPORT_FORMATS.join(', ')}` }),
  /** The file's name as the user chose it (no folder). */
  file: label,
  /** Where in the file, in words a person can find: "line 12", "entry 3". */
  where: label.optional(),
  /**
   * The source's own id when it has one (Day One's uuid); otherwise a fingerprint of the
   * record's date and words, so the same record imported again is known by it.
   */
  sourceId: label.optional(),
  /** The import that created the entry, so "Undo import" removes exactly those. */
  importId: label.optional(),
})
export type EntrySource = z.infer<typeof entrySourceSchema>
