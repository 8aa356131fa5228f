// The backup file: its format, canonical serialization and strict validation. A backup
// is checked completely before anything is written, so a bad file can never be
// half-restored. parseBackup never throws: every problem comes back with a place
// (`entries[12].occurredOn`, `line 3, column 15`) and a plain sentence.
//
// Decisions worth knowing:
// - Future dates: parseBackup has no clock. An entry may be dated at most one day after
//   the backup's own `exportedAt` date (and, when the caller passes `today`, one day
//   after today, whichever is earlier). The day of slack covers time zones: exportedAt
//   is a timestamp, occurredOn is the author's local calendar day.
// - Settings: known settings must hold valid values (checked with shared/entry/settings.ts);
//   settings this version does not know are ignored on restore, not rejected, so a
//   backup from a slightly newer build with one more preference still restores.
// - Bullet edits: the optional top-level `bulletEdits` list carries the user's own
//   wording of generated bullets. It is validated as strictly as entries; backups
//   without it (older or hand-made) are valid.
// - Narratives: the optional top-level `narratives` list carries the user's own words per
//   document (a review's summary, asks and goals; a promotion case's summary and plan),
//   checked with shared/entry's narrativeSchema, one row per key. Optional like bulletEdits.
// - Nothing ambiguous: a field given twice, nesting deeper than a backup's, more rows than
//   the file could hold, invalid UTF-8 (decode.ts, where bytes are read) and a journal
//   schema newer than the reader's are refused with the reason, never guessed at.
// - Checksum: backups carry one over their own text (checksum.ts), checked here; a backup
//   from before checksums (or written by hand) has none and restores with a note.
// - Bounded work: checking stops at the first MAX_REPORTED_PROBLEMS problems, and
//   structure.ts refuses absurd sizes before JSON.parse builds anything.
import { z } from 'zod'
import { addDays } from '../time'
import { canonicalJson } from './canonicalJson'
import { canonicalJsonWithChecksum, verifyChecksum } from './checksum'
import { scanStructure } from './structure'
import {
  entrySchema,
  isoTimestampSchema,
  MAX_TEXT,
  narrativeSchema,
  validateEntry,
  type Entry,
  type Narrative,
  type Problem,
} from '../entry'
import { findJsonSyntaxError } from './jsonSyntax'
import { issuesToProblems, plainErrors } from './issues'
import { findLongStrings } from './limits'
import { backupTooLargeMessage, MAX_BACKUP_BYTES } from './size'
import { settingsSchema, parseSettings } from '../entry'

export const BACKUP_FORMAT = 'leadlog-backup'
export const BACKUP_FORMAT_VERSION = 1
/** The size cap lives in ./size (why 256 MB is explained there); re-exported here. */
export { MAX_BACKUP_BYTES }
export const MAX_BACKUP_STRING = 100_000
/** A list of thousands of mistakes helps nobody; the first ones show what is wrong. */
export const MAX_REPORTED_PROBLEMS = 50

export const bulletEditSchema = z.strictObject({
  entryId: z.string().min(1, 'is required').max(100),
  text: z.string().max(MAX_TEXT).optional(),
  pinned: z.boolean(),
  hidden: z.boolean(),
  entryUpdatedAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
})
export type BackupBulletEdit = z.infer<typeof bulletEditSchema>

export interface Backup {
  format: 'leadlog-backup'
  formatVersion: 1
  exportedAt: string
  appVersion: string
  schemaVersion: number
  entries: Entry[]
  settings: Record<string, unknown>
  /** The user's edited, pinned or hidden bullets (optional; see the note at the top). */
  bulletEdits?: BackupBulletEdit[]
  /** The user's own words per document (optional; see the note at the top). */
  narratives?: Narrative[]
  /** `sha256-` and the digest of the file's text (see checksum.ts); absent in older backups. */
  checksum?: string
}

export type ParseBackupResult =
  | {
      ok: true
      backup: Backup
      /** 'absent': an older backup (or one written by hand) that carries no checksum. */
      checksum: 'verified' | 'absent'
    }
  | { ok: false; errors: Problem[] }

export interface ParseBackupOptions {
  /** The reader's local day (YYYY-MM-DD); entries may be dated at most one day after it. */
  today?: string
  /**
   * The newest journal schema the reader knows (the app's CURRENT_SCHEMA_VERSION). A
   * backup of a newer schema may hold fields this version would drop or misread: refused.
   */
  schemaVersion?: number
}

const PARSE_OPTIONS = { error: plainErrors, reportInput: true }

const envelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: isoTimestampSchema,
  appVersion: z.string().min(1, 'is required').max(100),
  schemaVersion: z.number().int('must be a whole number').min(1, 'must be 1 or more'),
  entries: z.array(z.unknown()),
  settings: z.record(z.string(), z.unknown()),
  bulletEdits: z.array(z.unknown()).optional(),
  narratives: z.array(z.unknown()).optional(),
  checksum: z.string().optional(),
})

/**
 * The same data gives the same bytes, whatever the key order of the objects given; the
 * checksum of those bytes is written into them (any checksum the backup had is replaced).
 */
export function serializeBackup(backup: Backup): string {
  const { checksum: _old, ...content } = backup
  return canonicalJsonWithChecksum(content)
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    // A surrogate pair is four bytes in all: two for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2
    else bytes += 3
  }
  return bytes
}

const fail = (...errors: Problem[]): ParseBackupResult => ({ ok: false, errors })

function readJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    const found = findJsonSyntaxError(text)
    if (!found) return { ok: false, problem: { path: '(file)', message: 'is not valid JSON' } }
    const path = `line ${found.line}, column ${found.column}`
    const message = found.truncated
      ? 'the file is cut off (incomplete): it ends before the backup does. It may have been only partly copied or saved; try an older backup.'
      : `is not valid JSON: ${found.reason}`
    return { ok: false, problem: { path, message } }
  }
}

function checkFormat(value: unknown, options: ParseBackupOptions): Problem | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: '(file)', message: 'is not a Leadlog backup: it holds no backup object' }
  }
  const { format, formatVersion } = value as { format?: unknown; formatVersion?: unknown }
  if (format !== BACKUP_FORMAT) {
    const what =
      format === undefined ? 'it has no format field' : `its format is ${JSON.stringify(format)}`
    return { path: 'format', message: `is not a Leadlog backup: ${what}` }
  }
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      path: 'formatVersion',
      message: `this backup was made by a newer version of Leadlog (backup format ${formatVersion}); update Leadlog to restore it`,
    }
  }
  const { schemaVersion } = value as { schemaVersion?: unknown }
  if (
    options.schemaVersion !== undefined &&
    typeof schemaVersion === 'number' &&
    schemaVersion > options.schemaVersion
  ) {
    return {
      path: 'schemaVersion',
      message: `this backup was made by a newer version of Leadlog (journal schema ${schemaVersion}; this version reads up to ${options.schemaVersion}), and may hold what this version would lose; update Leadlog to restore it`,
    }
  }
  return null
}

function checksumProblem(text: string, at: { start: number; end: number } | null): Problem | null {
  const verdict = verifyChecksum(text, at)
  if (verdict === 'malformed') {
    return {
      path: 'checksum',
      message: 'is not a checksum Leadlog writes ("sha256-" and 64 hexadecimal digits)',
    }
  }
  if (verdict === 'mismatch') {
    return {
      path: 'checksum',
      message:
        "does not match the file's content: the file was changed or damaged after Leadlog wrote it. Restore another backup, or the original copy of this one",
    }
  }
  return null
}

const full = (problems: Problem[]) => problems.length >= MAX_REPORTED_PROBLEMS

function latestAllowedDay(exportedAt: unknown, today: string | undefined): string {
  const exported =
    typeof exportedAt === 'string' && isoTimestampSchema.safeParse(exportedAt).success
      ? exportedAt.slice(0, 10)
      : undefined
  const days = [exported, today].filter((d): d is string => d !== undefined).sort()
  return days[0] ? addDays(days[0], 1) : '9999-12-31'
}

function checkEntries(values: unknown[], latestDay: string, problems: Problem[]): Entry[] {
  const entries: Entry[] = []
  const firstIndexOfId = new Map<string, number>()
  for (let index = 0; index < values.length && !full(problems); index++) {
    const value = values[index]
    const prefix = `entries[${index}]`
    const parsed = entrySchema.safeParse(value, PARSE_OPTIONS)
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, prefix))
      continue
    }
    const entry = parsed.data
    // validateEntry owns the date rules and their wording; it is only asked about the rare
    // entry whose date may break them, so a large backup is not parsed twice.
    if (entry.occurredOn > latestDay || entry.occurredOn < '1970-01-01') {
      const check = validateEntry(entry, latestDay, prefix)
      if (!check.ok) {
        problems.push(...check.problems)
        continue
      }
    }
    const earlier = firstIndexOfId.get(entry.id)
    if (earlier !== undefined) {
      problems.push({
        path: `${prefix}.id`,
        message: `duplicates entries[${earlier}].id ("${entry.id}")`,
      })
    } else firstIndexOfId.set(entry.id, index)
    entries.push(entry)
  }
  return entries
}

function checkBulletEdits(values: unknown[], problems: Problem[]): BackupBulletEdit[] {
  const edits: BackupBulletEdit[] = []
  const firstIndexOfId = new Map<string, number>()
  for (let index = 0; index < values.length && !full(problems); index++) {
    const prefix = `bulletEdits[${index}]`
    const parsed = bulletEditSchema.safeParse(values[index], PARSE_OPTIONS)
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, prefix))
      continue
    }
    const earlier = firstIndexOfId.get(parsed.data.entryId)
    if (earlier !== undefined) {
      problems.push({
        path: `${prefix}.entryId`,
        message: `duplicates bulletEdits[${earlier}].entryId`,
      })
    } else firstIndexOfId.set(parsed.data.entryId, index)
    edits.push(parsed.data)
  }
  return edits
}

function checkNarratives(values: unknown[], problems: Problem[]): Narrative[] {
  const narratives: Narrative[] = []
  const firstIndexOfKey = new Map<string, number>()
  for (let index = 0; index < values.length && !full(problems); index++) {
    const prefix = `narratives[${index}]`
    const parsed = narrativeSchema.safeParse(values[index], PARSE_OPTIONS)
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, prefix))
      continue
    }
    const earlier = firstIndexOfKey.get(parsed.data.key)
    if (earlier !== undefined) {
      problems.push({ path: `${prefix}.key`, message: `duplicates narratives[${earlier}].key` })
    } else firstIndexOfKey.set(parsed.data.key, index)
    narratives.push(parsed.data)
  }
  return narratives
}

/** Known settings must be valid as they are: a value the app would silently reset is refused. */
function checkSettings(settings: Record<string, unknown>, problems: Problem[]): void {
  const read = parseSettings(settings) as Record<string, unknown>
  for (const key of Object.keys(settingsSchema.shape)) {
    if (settings[key] === undefined) continue
    if (canonicalJson(read[key]) !== canonicalJson(settings[key])) {
      problems.push({ path: `settings.${key}`, message: 'is not a valid value for this setting' })
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * The first MAX_REPORTED_PROBLEMS problems. Checking stops there (a file of a million bad
 * rows is answered as fast as a good one), so how many more there are is not known.
 */
function capped(problems: Problem[]): Problem[] {
  if (problems.length < MAX_REPORTED_PROBLEMS) return problems
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    {
      path: '(file)',
      message: `checking stopped after the first ${MAX_REPORTED_PROBLEMS} problems; there may be more`,
    },
  ]
}

function parseUnsafe(input: string, options: ParseBackupOptions): ParseBackupResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  // A UTF-16 code unit is at most three UTF-8 bytes, so only long texts need counting.
  const bytes = text.length > MAX_BACKUP_BYTES / 3 ? utf8Length(text) : 0
  if (bytes > MAX_BACKUP_BYTES) {
    return fail({ path: '(file)', message: backupTooLargeMessage(bytes) })
  }
  if (text.trim() === '') return fail({ path: '(file)', message: 'is empty' })
  // Before JSON.parse: duplicate fields, absurd nesting or sizes, and where the checksum is.
  const structure = scanStructure(text)
  if (structure.ok === false) return fail(structure.problem)
  const json = readJson(text)
  if (!json.ok) return fail(json.problem)
  if (structure.ok === 'syntax') {
    // The scan follows the same grammar as JSON.parse; should they ever disagree, refuse.
    return fail({ path: '(file)', message: 'is not valid JSON' })
  }
  const formatProblem = checkFormat(json.value, options)
  if (formatProblem) return fail(formatProblem)
  const checksum = checksumProblem(text, structure.checksum)
  if (checksum) return fail(checksum)
  const longStrings = findLongStrings(json.value, MAX_BACKUP_STRING, MAX_REPORTED_PROBLEMS)
  if (longStrings.length) return fail(...longStrings)

  const envelope = envelopeSchema.safeParse(json.value, PARSE_OPTIONS)
  // Report everything at once: a file fixed by hand should not fail one problem at a time.
  const problems: Problem[] = envelope.success ? [] : issuesToProblems(envelope.error)
  const raw = json.value as Record<string, unknown>
  const entries = Array.isArray(raw.entries)
    ? checkEntries(raw.entries, latestAllowedDay(raw.exportedAt, options.today), problems)
    : []
  const bulletEdits = Array.isArray(raw.bulletEdits)
    ? checkBulletEdits(raw.bulletEdits, problems)
    : undefined
  const narratives = Array.isArray(raw.narratives)
    ? checkNarratives(raw.narratives, problems)
    : undefined
  if (isPlainObject(raw.settings) && !full(problems)) checkSettings(raw.settings, problems)
  if (!envelope.success || problems.length) return fail(...capped(problems))

  // The checksum describes the file, not the journal: checked above, not carried on.
  const {
    bulletEdits: _rawEdits,
    narratives: _rawNarratives,
    checksum: _sum,
    ...rest
  } = envelope.data
  const backup: Backup = { ...rest, entries }
  if (bulletEdits) backup.bulletEdits = bulletEdits
  if (narratives) backup.narratives = narratives
  return { ok: true, backup, checksum: structure.checksum ? 'verified' : 'absent' }
}

/** Reads a backup file's text. Never throws; rejects with every problem found. */
export function parseBackup(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  try {
    if (typeof text !== 'string') return fail({ path: '(file)', message: 'is not text' })
    return parseUnsafe(text, options)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail({ path: '(file)', message: `could not be read (${reason})` })
  }
}
