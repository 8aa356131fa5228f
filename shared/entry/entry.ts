// The data contract: entry types and their zod schemas. Field names are relied on by
// backups, exports and tests; add optional fields, never rename.
import { z } from 'zod'
import { isRealIsoDate } from '../time'
import { textFieldShape, textFieldsFor, type FieldUse } from './fields'
import { entrySourceSchema } from './source'
import { pduClaimSchema } from './pdu'

export const ENTRY_KINDS = [
  'leadership-moment',
  'difficult-conversation',
  'stakeholder-win',
] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export const LEVELS = ['team', 'peer', 'senior', 'executive'] as const
export type Level = (typeof LEVELS)[number]

export const COMPETENCY_IDS = [
  'strategy',
  'stakeholders',
  'conflict',
  'people',
  'communication',
  'results',
  'business',
  'process',
  'influence',
  'growth',
] as const
export type CompetencyId = (typeof COMPETENCY_IDS)[number]

export const KIND_LABELS: Record<EntryKind, string> = {
  'leadership-moment': 'Leadership moment',
  'difficult-conversation': 'Difficult conversation',
  'stakeholder-win': 'Stakeholder win',
}

export const LEVEL_LABELS: Record<Level, string> = {
  team: 'Team',
  peer: 'Peer (cross-team)',
  senior: 'Senior (director)',
  executive: 'Executive',
}

export const OUTCOMES = ['resolved', 'in-progress', 'unresolved'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  'in-progress': 'In progress',
  unresolved: 'Unresolved',
}

/** How a leadership moment was played: leading it, or managing (coordinating, reporting). */
export const MODES = ['leader', 'manager'] as const
export type Mode = (typeof MODES)[number]

export const MODE_LABELS: Record<Mode, string> = {
  leader: 'Leader',
  manager: 'Manager',
}

/** Longest text a single field may hold; keeps a pasted novel from freezing the app. */
export const MAX_TEXT = 100_000
const MAX_SHORT = 300

const text = z.string().max(MAX_TEXT, `is longer than ${MAX_TEXT.toLocaleString('en')} characters`)
/**
 * A guided text field (see fields.ts). Absent reads as empty, so a field added to the
 * table later never turns stored entries or older backups invalid.
 */
const guidedText = text.default('')
const shortText = z.string().trim().max(MAX_SHORT, `is longer than ${MAX_SHORT} characters`)

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealIsoDate, 'is not a real calendar date')

export const isoTimestampSchema = z.iso.datetime({
  offset: true,
  message: 'must be an ISO timestamp',
})

export const personSchema = z.strictObject({
  name: shortText,
  role: shortText.optional(),
  level: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }),
  /** How share-safe documents describe them ("a senior account director at the vendor"). */
  describeAs: shortText.optional(),
})
export type Person = z.infer<typeof personSchema>

export const metricSchema = z.strictObject({
  value: z.number({ message: 'must be a number' }).finite('must be a finite number'),
  unit: shortText,
  measure: shortText.min(1, 'needs to say what it measures'),
})
export type Metric = z.infer<typeof metricSchema>

const baseShape = {
  id: z.string().min(1, 'is required').max(100),
  title: shortText.min(1, 'is required'),
  occurredOn: isoDateSchema,
  notes: text,
  competencies: z
    .array(z.enum(COMPETENCY_IDS, { message: 'is not a known competency' }))
    .min(1, 'needs at least one competency')
    .refine((ids) => new Set(ids).size === ids.length, 'lists a competency twice'),
  people: z.array(personSchema).max(200),
  metric: metricSchema.optional(),
  tags: z.array(shortText.min(1, 'is empty')).max(100),
  createdAt: isoTimestampSchema,
  updatedAt: isoTimestampSchema,
  deletedAt: isoTimestampSchema.optional(),
  /** Set on entries loaded from the built-in sample journal so they can be removed in one click. */
  sample: z.boolean().optional(),
  /** Set on imported entries: the file and place they came from (see source.ts). */
  source: entrySourceSchema.optional(),
  /** PDUs claimed for the learning this entry records (see pdu.ts). */
  pdu: pduClaimSchema.optional(),
}

export const leadershipMomentSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('leadership-moment'),
  ...textFieldShape('leadership-moment', guidedText),
  mode: z.enum(MODES, { message: 'must be leader or manager' }),
})

export const difficultConversationSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('difficult-conversation'),
  counterpart: personSchema,
  ...textFieldShape('difficult-conversation', guidedText),
  outcome: z.enum(OUTCOMES, { message: `must be one of ${OUTCOMES.join(', ')}` }),
  followUpOn: isoDateSchema.optional(),
  /** Set when the user marks a due follow-up as done. */
  followUpDoneAt: isoTimestampSchema.optional(),
  resumeWorthy: z.boolean(),
})

export const stakeholderWinSchema = z.strictObject({
  ...baseShape,
  kind: z.literal('stakeholder-win'),
  stakeholder: personSchema,
  ...textFieldShape('stakeholder-win', guidedText),
})

export const entrySchema = z.discriminatedUnion('kind', [
  leadershipMomentSchema,
  difficultConversationSchema,
  stakeholderWinSchema,
])

export type LeadershipMoment = z.infer<typeof leadershipMomentSchema>
export type DifficultConversation = z.infer<typeof difficultConversationSchema>
export type StakeholderWin = z.infer<typeof stakeholderWinSchema>
export type Entry = z.infer<typeof entrySchema>
/** An entry as written by hand (the sample journal, fixtures): guided text fields may be left out. */
export type EntryInput = z.input<typeof entrySchema>

/** A problem found while validating outside data: where, and why in plain words. */
export interface Problem {
  path: string
  message: string
}

/** Turns zod's path segments into `entries[12].occurredOn`. */
export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let out = prefix
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? String(segment) : `.${String(segment)}`
  }
  return out || '(root)'
}

export function toProblems(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, prefix),
    message: issue.message,
  }))
}

export type EntryCheck = { ok: true; entry: Entry } | { ok: false; problems: Problem[] }

/**
 * Validates an entry from anywhere (editor, backup, storage). `today` guards against
 * future dates, which the schema alone cannot know.
 */
export function validateEntry(value: unknown, today: string, prefix = ''): EntryCheck {
  const parsed = entrySchema.safeParse(value)
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error, prefix) }
  const entry = parsed.data
  const problems: Problem[] = []
  if (entry.occurredOn > today) {
    problems.push({
      path: formatPath(['occurredOn'], prefix),
      message: 'is in the future; log things that have already happened',
    })
  }
  if (entry.occurredOn < '1970-01-01') {
    problems.push({ path: formatPath(['occurredOn'], prefix), message: 'is before 1970' })
  }
  return problems.length ? { ok: false, problems } : { ok: true, entry }
}

/** Counts as evidence as of a date: not deleted and not dated after it. */
export function isLive(entry: Entry, asOf?: string): boolean {
  return entry.deletedAt === undefined && (asOf === undefined || entry.occurredOn <= asOf)
}

/**
 * A conversation's follow-up whose date has come and that is not marked done: the
 * readiness count and the journal's list both ask this.
 */
export function isFollowUpDue(entry: Entry, asOf: string): boolean {
  return (
    entry.kind === 'difficult-conversation' &&
    isLive(entry, asOf) &&
    entry.followUpOn !== undefined &&
    entry.followUpOn <= asOf &&
    entry.followUpDoneAt === undefined
  )
}

/**
 * The kind's guided free text in table order (see fields.ts); with `use`, only the
 * fields that feed search, bullets or the log.
 */
export function kindText(entry: Entry, use?: FieldUse): string[] {
  const values = entry as unknown as Record<string, string>
  return textFieldsFor(entry.kind, use).map((field) => values[field.name] ?? '')
}

/** Label and trimmed text of each non-empty guided field, as the entry view and the log show them. */
export function labelledText(entry: Entry, use?: FieldUse): { label: string; text: string }[] {
  const values = entry as unknown as Record<string, string>
  const out: { label: string; text: string }[] = []
  for (const field of textFieldsFor(entry.kind, use)) {
    const text = (values[field.name] ?? '').trim()
    if (text) out.push({ label: field.label, text })
  }
  return out
}
