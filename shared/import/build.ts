// Turns a draft into an entry the schema accepts: the title from the first line when the
// source gives none, the kind guessed from the words, competencies from the suggester,
// a metric only when unambiguous, and where it came from. Anything the schema refuses
// (a date after asOf or before 1970, a note too long) is skipped with its reason.
import {
  COMPETENCY_IDS,
  entrySchema,
  suggestCompetencies,
  validateEntry,
  type CompetencyId,
  type Entry,
  type EntryKind,
  type ImportFormat,
  type Level,
  type Person,
} from '../entry'
import { fingerprint } from './fingerprint'
import { guessKind, guessMode } from './guess'
import { findMetric } from './metric'
import { sectionCompetencies } from './sections'
import { clip, titleFromText } from './text'
import type { Draft, Skipped } from './types'

export interface BuildContext {
  format: ImportFormat
  asOf: string
  importId: string
  /** Stamped as created and updated; the write stamps its own moment again. */
  now: string
}

/** The fields a kind needs beyond the shared ones, as the editor starts them. */
function kindFields(kind: EntryKind, text: string): Record<string, unknown> {
  switch (kind) {
    case 'leadership-moment':
      return { mode: guessMode(text) }
    case 'difficult-conversation':
      return {
        counterpart: { name: '', level: 'peer' },
        outcome: 'in-progress',
        resumeWorthy: false,
      }
    case 'stakeholder-win':
      return { stakeholder: { name: '', level: 'senior' } }
  }
}

const KIND_FIELD_NAMES = ['mode', 'counterpart', 'outcome', 'resumeWorthy', 'stakeholder']

/**
 * The same entry as another kind: imported words live in the notes, so only the kind's
 * own fields change (as the editor starts them). Used when the user corrects a guess.
 */
export function withKind(entry: Entry, kind: EntryKind): Entry {
  if (entry.kind === kind) return entry
  const rest: Record<string, unknown> = { ...entry }
  for (const name of KIND_FIELD_NAMES) delete rest[name]
  for (const name of ['situation', 'task', 'action', 'result', 'reflection']) delete rest[name]
  for (const name of ['topic', 'preparation', 'whatISaid', 'lesson', 'followUpOn'])
    delete rest[name]
  for (const name of ['need', 'delivered', 'feedback']) delete rest[name]
  const text = `${entry.title}\n${entry.notes}`
  const changed = { ...rest, kind, ...kindFields(kind, text) }
  // Only empty guided fields were dropped; the schema fills them in again.
  const parsed = entrySchema.safeParse(changed)
  return parsed.success ? parsed.data : entry
}

function competenciesFor(draft: Draft, kind: EntryKind, text: string): CompetencyId[] {
  const given = (draft.competencies ?? []).filter((id) => COMPETENCY_IDS.includes(id))
  if (given.length) return [...new Set(given)]
  const merged = [...sectionCompetencies(draft.section), ...suggestCompetencies(kind, text)]
  return [...new Set(merged)].slice(0, 3)
}

function people(draft: Draft): Person[] {
  return (draft.people ?? []).slice(0, 200).map((p) => ({
    name: clip(p.name.trim(), 300),
    ...(p.role ? { role: clip(p.role.trim(), 300) } : {}),
    level: levelOf(p.role),
  }))
}

/**
 * A person's level from the role the file gives ("COO", "Director of IT"); without one,
 * or with a role that says nothing of seniority, peer (the editor's default).
 */
function levelOf(role: string | undefined): Level {
  if (!role) return 'peer'
  if (/\b(c[a-z]?o|chief|vp|vice[- ]president|president|founder|board|owner)\b/i.test(role)) {
    return 'executive'
  }
  if (/\b(director|head of|senior manager|partner)\b/i.test(role)) return 'senior'
  return 'peer'
}

/** Entry from a draft, or the reason it cannot be one. */
export function buildEntry(
  draft: Draft,
  index: number,
  context: BuildContext,
): { entry: Entry } | { skipped: Skipped } {
  const skip = (why: string) => ({ skipped: { file: draft.file, where: draft.where, why } })
  if (draft.occurredOn > context.asOf) {
    return skip(
      `is dated ${draft.occurredOn}, after today (${context.asOf}); only what has already happened is logged`,
    )
  }
  if (draft.occurredOn < '1970-01-01') return skip(`is dated ${draft.occurredOn}, before 1970`)
  const fromText = titleFromText(draft.text)
  const title = clip((draft.title ?? '').replace(/\s+/g, ' ').trim(), 300) || fromText.title
  const notes = draft.title ? draft.text.trim() : fromText.notes
  if (!title) return skip('has no words to import')
  const words = [title, notes, draft.section ?? ''].join('\n')
  const kind = draft.kind ?? guessKind(words)
  const metric = findMetric(`${title}\n${notes}`)
  const tags = [...new Set(draft.tags.map((t) => t.trim()).filter(Boolean))].slice(0, 100)
  const candidate = {
    id: `${context.importId}-${index + 1}`,
    kind,
    title,
    occurredOn: draft.occurredOn,
    notes,
    competencies: competenciesFor(draft, kind, words),
    people: people(draft),
    ...(metric ? { metric } : {}),
    tags,
    createdAt: context.now,
    updatedAt: context.now,
    source: {
      format: context.format,
      file: clip(draft.file.split(/[\\/]/).pop() || draft.file, 300),
      where: clip(draft.where, 300),
      sourceId: clip(
        draft.sourceId ?? fingerprint(context.format, draft.occurredOn, title, notes),
        300,
      ),
      importId: context.importId,
    },
    ...kindFields(kind, words),
  }
  const check = validateEntry(candidate, context.asOf)
  if (!check.ok) {
    return skip(check.problems.map((p) => `${p.path} ${p.message}`).join('; '))
  }
  return { entry: check.entry }
}
