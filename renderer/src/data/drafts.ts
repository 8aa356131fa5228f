// The editor's unsaved work, kept in localStorage: it is written synchronously, so a
// crash or a closed window a moment after typing still leaves the text on disk. What
// comes back is parsed with zod; a damaged draft is dropped rather than trusted.
import { z } from 'zod'
import {
  ALL_TEXT_FIELD_NAMES,
  ENTRY_KINDS,
  LEVELS,
  OUTCOMES,
  type AnyTextFieldName,
} from '../../../shared/entry'

export const DRAFT_KEY = 'leadlog.draft.v1'

const str = z.string().max(200_000)

const personRowSchema = z.object({
  name: str,
  role: str,
  level: z.enum(LEVELS),
  /** How share-safe documents describe them; absent in drafts written before it existed. */
  describeAs: str.optional(),
})
export type PersonRow = z.infer<typeof personRowSchema>

// Every kind's guided text, from the field table. A field missing from a draft (one
// written before the field was added) reads as empty rather than dropping the draft.
const textOfAllKinds = Object.fromEntries(
  ALL_TEXT_FIELD_NAMES.map((name) => [name, str.default('')]),
) as Record<AnyTextFieldName, z.ZodDefault<typeof str>>

/**
 * Everything the editor shows, as typed. Fields of all three kinds live side by side so
 * switching kind mid-entry loses nothing; only the chosen kind's fields are saved.
 */
export const entryFormSchema = z.object({
  /** Set when editing an existing entry. */
  id: z.string().optional(),
  createdAt: z.string().optional(),
  sample: z.boolean().optional(),
  followUpDoneAt: z.string().optional(),
  /** The follow-up date when the entry was opened; a new date reopens a done follow-up. */
  savedFollowUpOn: z.string().optional(),
  kind: z.enum(ENTRY_KINDS),
  title: str,
  occurredOn: str,
  notes: str,
  competencies: z.array(z.string()),
  people: z.array(personRowSchema),
  metricValue: str,
  metricUnit: str,
  metricMeasure: str,
  tags: str,
  ...textOfAllKinds,
  mode: z.enum(['leader', 'manager']),
  counterpart: personRowSchema,
  outcome: z.enum(OUTCOMES),
  followUpOn: str,
  resumeWorthy: z.boolean(),
  stakeholder: personRowSchema,
})
export type EntryForm = z.infer<typeof entryFormSchema>

const draftSchema = z.object({ form: entryFormSchema, savedAt: z.string() })
export type Draft = z.infer<typeof draftSchema>

/** The saved draft, or null when there is none or it cannot be read. */
export function readDraft(storage: Storage = localStorage): Draft | null {
  let raw: string | null
  try {
    raw = storage.getItem(DRAFT_KEY)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Keeps the form; returns false when storage refused (full or disabled). */
export function writeDraft(form: EntryForm, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify({ form, savedAt: new Date().toISOString() }))
    return true
  } catch {
    return false
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  try {
    storage.removeItem(DRAFT_KEY)
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}
