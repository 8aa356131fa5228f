// The user's own words for a document: the opening summary, what they need, their goals
// (a review) or their plan (a promotion case). Stored beside the journal and carried in
// backups, so they are validated here, where both the app and the backup reader see them.
//
// Keys: a review's words belong to its period (`review:<from>:<to>`); a promotion case's
// to its target role (`promotion:<roleId>`), because that case's default period moves
// with the day while the words should not.
import { z } from 'zod'
import { ROLE_IDS, type RoleId } from './competencies'
import { formatPath, isoDateSchema, isoTimestampSchema, type Problem } from './entry'

export const NARRATIVE_DOCUMENTS = ['review', 'promotion'] as const
export type NarrativeDocument = (typeof NARRATIVE_DOCUMENTS)[number]

/** A summary or an ask is a few paragraphs for a manager, not a journal. */
export const MAX_NARRATIVE_TEXT = 5_000
/** One goal or plan step is a line or two. */
export const MAX_NARRATIVE_ITEM = 500
/** More than ten goals for a quarter is a wish list; the document stays readable. */
export const MAX_NARRATIVE_ITEMS = 10

const longer = (max: number) => `is longer than ${max.toLocaleString('en')} characters`

const text = z.string().max(MAX_NARRATIVE_TEXT, longer(MAX_NARRATIVE_TEXT))
const items = z
  .array(z.string().max(MAX_NARRATIVE_ITEM, longer(MAX_NARRATIVE_ITEM)))
  .max(MAX_NARRATIVE_ITEMS, `has more than ${MAX_NARRATIVE_ITEMS} items`)

export function reviewNarrativeKey(period: { from: string; to: string }): string {
  return `review:${period.from}:${period.to}`
}

export function promotionNarrativeKey(role: RoleId): string {
  return `promotion:${role}`
}

const narrativeShape = z.strictObject({
  key: z.string().min(1, 'is required').max(100),
  document: z.enum(NARRATIVE_DOCUMENTS),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  role: z.enum(ROLE_IDS).optional(),
  summary: text.optional(),
  asks: text.optional(),
  goals: items.optional(),
  plan: items.optional(),
  updatedAt: isoTimestampSchema,
})

export type Narrative = z.infer<typeof narrativeShape>

/** The key a row must be stored under, or a sentence saying what it lacks. */
function expectedKey(row: Narrative): { key: string } | Problem {
  if (row.document === 'review') {
    if (row.from === undefined || row.to === undefined)
      return { path: row.from === undefined ? 'from' : 'to', message: 'is required for a review' }
    if (row.from > row.to) return { path: 'to', message: 'is before the start of the period' }
    return { key: reviewNarrativeKey({ from: row.from, to: row.to }) }
  }
  if (row.role === undefined) return { path: 'role', message: 'is required for a promotion case' }
  return { key: promotionNarrativeKey(row.role) }
}

const KEY_PARTS = new Set<PropertyKey>(['key', 'document', 'from', 'to', 'role'])

/** A stored narrative: each field within its limits, and the key matching what it is for. */
export const narrativeSchema = narrativeShape.superRefine(
  (row, ctx) => {
    const expected = expectedKey(row)
    if ('path' in expected) ctx.addIssue({ code: 'custom', ...expected, path: [expected.path] })
    else if (row.key !== expected.key)
      ctx.addIssue({ code: 'custom', path: ['key'], message: `must be "${expected.key}"` })
  },
  // A wrong date or role is reported once, on its own field, not again as a wrong key.
  // (An unknown field's issue has no path yet at this point, hence the optional read.)
  {
    when: ({ issues }) =>
      !issues.some((issue) => KEY_PARTS.has((issue.path as PropertyKey[] | undefined)?.[0] ?? '')),
  },
)

/** True when the row holds none of the user's words, so there is nothing to keep. */
export function isBlankNarrative(row: Partial<Narrative>): boolean {
  const blank = (value: string | undefined) => (value ?? '').trim() === ''
  return (
    blank(row.summary) &&
    blank(row.asks) &&
    (row.goals ?? []).every(blank) &&
    (row.plan ?? []).every(blank)
  )
}

const FIELD_WORDS: Record<string, string> = {
  summary: 'the opening summary',
  asks: '“What I need”',
  goals: 'the goals',
  plan: 'the plan',
}

/** "goal 2", "the opening summary": a problem's place in words a person recognises. */
export function narrativeFieldWords(path: readonly PropertyKey[]): string {
  const [field, index] = path
  if (typeof index === 'number' && (field === 'goals' || field === 'plan'))
    return `${field === 'goals' ? 'goal' : 'plan step'} ${index + 1}`
  return FIELD_WORDS[String(field)] ?? formatPath(path)
}
