// The rules behind quick entry: which competencies a new entry gets without being asked,
// and how much of the "Details" part of the form holds something. Pure, so they are
// tested without rendering the editor.
import {
  suggestCompetencies,
  textFieldsFor,
  type AnyTextFieldName,
  type CompetencyId,
} from '../../../../shared/entry'
import type { EntryForm, PersonRow } from '../../data/drafts'
import { formText, type FieldName } from './entryForm'

/** The editor's hint asks for "the one or two that fit best": more would dilute the entry. */
export const PRESELECTED = 2

/** The competencies worth offering for the form's kind and words, most likely first. */
export function suggestionsFor(form: EntryForm): CompetencyId[] {
  return suggestCompetencies(form.kind, formText(form))
}

/** What a new entry is filed under until the user picks for themselves. */
export function autoCompetencies(suggestions: readonly CompetencyId[]): CompetencyId[] {
  return suggestions.slice(0, PRESELECTED)
}

/**
 * Whether the editor should choose the competencies itself. Only a new entry with none
 * yet: a saved entry or a requested competency is the user's choice. The draft keeps no
 * flag, so an entry whose chips were all removed comes back from a draft choosing again,
 * which is what an empty choice would ask for anyway.
 */
export function startsAuto(form: EntryForm): boolean {
  return !form.id && form.competencies.length === 0
}

/** The fields that live behind "Details": their errors must open it to be seen. */
export const DETAIL_FIELDS: ReadonlySet<FieldName> = new Set([
  'metricValue',
  'metricMeasure',
  'followUpOn',
])

const hasPerson = (row: PersonRow) => Boolean(row.name.trim() || row.role.trim())

/** How many of the kind's details hold something: the closed "Details" says so. */
export function detailsFilled(form: EntryForm): number {
  const text = textFieldsFor(form.kind).filter((f) =>
    form[f.name as AnyTextFieldName].trim(),
  ).length
  // A choice counts once it differs from what a new form starts with.
  const kindOnly = {
    'leadership-moment': [form.mode !== 'leader'],
    'difficult-conversation': [
      hasPerson(form.counterpart),
      form.outcome !== 'in-progress',
      Boolean(form.followUpOn),
      form.resumeWorthy,
    ],
    'stakeholder-win': [hasPerson(form.stakeholder)],
  }[form.kind]
  const shared = [
    form.people.some(hasPerson),
    Boolean(form.metricValue.trim() || form.metricMeasure.trim()),
    Boolean(form.tags.trim()),
  ]
  return text + [...kindOnly, ...shared].filter(Boolean).length
}
