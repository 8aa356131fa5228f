// The editor's unsaved work, kept in localStorage: it is written synchronously, so a
// crash or a closed window a moment after typing still leaves the text on disk. What
// comes back is parsed with zod; a damaged draft is dropped rather than trusted.
//
// In an encrypted journal the draft is sealed before it is stored ("sealed:" and the
// envelope's text): the editor keeps reading and writing synchronously through a copy in
// memory, opened when the journal is unlocked and dropped when it locks; the sealed
// copy reaches localStorage a moment after each change.
import { z } from 'zod'
import {
  openValue,
  recordAad,
  sealedFromText,
  sealedToText,
  sealValue,
} from '../../../shared/crypto'
import {
  ALL_TEXT_FIELD_NAMES,
  ENTRY_KINDS,
  LEVELS,
  OUTCOMES,
  PDU_CATEGORIES,
  type AnyTextFieldName,
} from '../../../shared/entry'
import { currentSession, onSessionEnd } from './vault/session'
import { useVault } from './vault/vaultStore'

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

/** A PDU claim as typed (see shared/entry/pdu.ts); all blank means no claim. */
const pduRowSchema = z.object({
  hours: str,
  category: z.union([z.enum(PDU_CATEGORIES), z.literal('')]),
  provider: str,
  activity: str,
  reported: z.boolean(),
})
export type PduRow = z.infer<typeof pduRowSchema>

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
  /** Absent in drafts written before PDU claims existed, and when the fold was never opened. */
  pdu: pduRowSchema.optional(),
})
export type EntryForm = z.infer<typeof entryFormSchema>

const draftSchema = z.object({ form: entryFormSchema, savedAt: z.string() })
export type Draft = z.infer<typeof draftSchema>

const SEALED_PREFIX = 'sealed:'
const DRAFT_AAD = recordAad('localStorage', DRAFT_KEY)

/** The open draft of an unlocked journal; null when there is none. */
let sessionDraft: Draft | null = null
/** Bumped by every write and clear, so a slow seal never overwrites a newer change. */
let generation = 0
onSessionEnd(() => {
  sessionDraft = null
  generation++
})

function parseDraft(value: unknown): Draft | null {
  const parsed = draftSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

function readRaw(storage: Storage): string | null {
  try {
    return storage.getItem(DRAFT_KEY)
  } catch {
    return null
  }
}

/** The saved draft, or null when there is none or it cannot be read. */
export function readDraft(storage: Storage = localStorage): Draft | null {
  // The sealed copy reaches storage a moment after a write; memory has it at once.
  if (sessionDraft) return sessionDraft
  const raw = readRaw(storage)
  if (!raw) return null
  if (raw.startsWith(SEALED_PREFIX)) return null
  try {
    return parseDraft(JSON.parse(raw))
  } catch {
    return null
  }
}

async function storeSealed(draft: Draft, storage: Storage): Promise<void> {
  const session = currentSession()
  if (!session) return
  const mine = generation
  const sealed = await sealValue(session.dataKey, draft, DRAFT_AAD)
  if (mine !== generation) return
  try {
    storage.setItem(DRAFT_KEY, SEALED_PREFIX + sealedToText(sealed))
  } catch {
    // Full or disabled storage: the draft lives on in memory until the journal locks, and
    // an older draft in clear (from before encryption) must not stay behind.
    try {
      storage.removeItem(DRAFT_KEY)
    } catch {
      // Storage disabled: nothing is stored either way.
    }
  }
}

/** Keeps the form; returns false when storage refused (full or disabled) or the journal is locked. */
export function writeDraft(form: EntryForm, storage: Storage = localStorage): boolean {
  const draft: Draft = { form, savedAt: new Date().toISOString() }
  const status = useVault.getState().status
  if (status === 'locked') return false
  generation++
  // Sealed whenever a key is in memory, also while a lock waits for a save to finish.
  if (status === 'unlocked' || status === 'locking') {
    sessionDraft = draft
    void storeSealed(draft, storage)
    return true
  }
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft))
    return true
  } catch {
    return false
  }
}

export function clearDraft(storage: Storage = localStorage): void {
  sessionDraft = null
  generation++
  try {
    storage.removeItem(DRAFT_KEY)
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}

/** After unlocking: opens the sealed draft into memory; a plain one left over is sealed. */
export async function openDraftForSession(storage: Storage = localStorage): Promise<void> {
  const session = currentSession()
  const raw = readRaw(storage)
  if (!session || !raw) return
  try {
    if (raw.startsWith(SEALED_PREFIX)) {
      const sealed = sealedFromText(raw.slice(SEALED_PREFIX.length))
      const opened = parseDraft(await openValue(session.dataKey, sealed, DRAFT_AAD))
      // A lock while it was opening leaves nothing in memory.
      if (currentSession() === session) sessionDraft = opened
    } else {
      sessionDraft = parseDraft(JSON.parse(raw))
      if (sessionDraft) await storeSealed(sessionDraft, storage)
      else clearDraft(storage)
    }
  } catch {
    // A draft that will not open is dropped rather than trusted, as a damaged plain one is.
    sessionDraft = null
  }
}

/**
 * After encryption is switched on (sealed) or off (plain: true): stores the draft in the
 * journal's new form. Called while the session's key is still in memory.
 */
export async function resealDraft(
  { plain = false }: { plain?: boolean } = {},
  storage: Storage = localStorage,
): Promise<void> {
  const draft = sessionDraft ?? readDraft(storage)
  if (!draft) return
  generation++
  if (!plain) {
    sessionDraft = draft
    await storeSealed(draft, storage)
    return
  }
  sessionDraft = null
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(draft))
  } catch {
    // Storage refused: the draft cannot be kept in clear; it was only a draft.
  }
}
