// What a quick capture saves: a valid entry of the chosen kind from a title and a few
// words, ready to be completed later in the journal. Pure, so the rules are tested alone.
import {
  KIND_TEXT_FIELDS,
  MAX_TEXT,
  suggestCompetencies,
  validateEntry,
  type Entry,
  type EntryKind,
} from '../../../../shared/entry'

export interface QuickForm {
  kind: EntryKind
  title: string
  notes: string
}

export type QuickField = 'title' | 'notes'
export type QuickErrors = Partial<Record<QuickField, string>>

const MAX_TITLE = 300

/** What saveEntry takes: the entry without the timestamps it stamps itself. */
export type QuickEntry = Omit<Entry, 'createdAt' | 'updatedAt'>

/** The checks the user can fix field by field; empty when the form can be saved. */
export function checkQuickForm(form: QuickForm): QuickErrors {
  const errors: QuickErrors = {}
  const title = form.title.trim()
  if (!title) errors.title = 'Give the moment a title, a few words are enough.'
  else if (title.length > MAX_TITLE) {
    errors.title = `Keep the title under ${MAX_TITLE} characters; put the rest in the notes.`
  }
  if (form.notes.length > MAX_TEXT) {
    errors.notes = `The notes are longer than ${MAX_TEXT.toLocaleString('en')} characters.`
  }
  return errors
}

/** The competencies the entry is evidence of, suggested from its kind and its words. */
export function quickCompetencies(form: QuickForm) {
  return suggestCompetencies(form.kind, `${form.title} ${form.notes}`)
}

/** Every guided text field of the kind, empty: the journal's editor asks for them later. */
function emptyGuidedText(kind: EntryKind): Record<string, string> {
  return Object.fromEntries(KIND_TEXT_FIELDS[kind].map((field) => [field.name, '']))
}

/**
 * The entry, dated today. The kind's own fields get the values a new entry starts with in
 * the journal's editor: a leadership moment played as leader; a conversation in progress
 * with an unnamed peer, not marked for the résumé; a win for an unnamed senior
 * stakeholder. Nothing is invented: the person's name stays empty until the user adds it.
 */
export function buildQuickEntry(form: QuickForm, today: string, id: string): QuickEntry {
  const base = {
    id,
    title: form.title.trim(),
    occurredOn: today,
    notes: form.notes,
    competencies: quickCompetencies(form),
    people: [],
    tags: [],
    ...emptyGuidedText(form.kind),
  }
  switch (form.kind) {
    case 'leadership-moment':
      return { ...base, kind: form.kind, mode: 'leader' } as QuickEntry
    case 'difficult-conversation':
      return {
        ...base,
        kind: form.kind,
        counterpart: { name: '', level: 'peer' },
        outcome: 'in-progress',
        resumeWorthy: false,
      } as QuickEntry
    case 'stakeholder-win':
      return { ...base, kind: form.kind, stakeholder: { name: '', level: 'senior' } } as QuickEntry
  }
}

/** True when the data contract accepts the entry as saveEntry will stamp it. */
export function isValidQuickEntry(entry: QuickEntry, today: string): boolean {
  const stamp = new Date(0).toISOString()
  return validateEntry({ ...entry, createdAt: stamp, updatedAt: stamp }, today).ok
}
