// The form's conversions read the field table: every text field of the chosen kind is
// saved, loaded back and offered to the competency suggestions; other kinds' are not.
import { describe, expect, it } from 'vitest'
import {
  ALL_TEXT_FIELD_NAMES,
  ENTRY_KINDS,
  textFieldsFor,
  type AnyTextFieldName,
  type Entry,
  type EntryKind,
} from '../../../../shared/entry'
import {
  emptyForm,
  formFromEntry,
  formText,
  formToEntry,
} from '../../../../renderer/src/features/journal/entryForm'

const TODAY = '2026-06-15'

/** A valid form of the kind with every text field of every kind filled with its own name. */
function filledForm(kind: EntryKind) {
  const form = { ...emptyForm(kind, TODAY), title: 'Filled', competencies: ['people'] }
  for (const name of ALL_TEXT_FIELD_NAMES) form[name] = `${name} text`
  return form
}

const namesOf = (kind: EntryKind) =>
  textFieldsFor(kind).map((field) => field.name as AnyTextFieldName)

describe('the form and the field table', () => {
  it('starts every text field of every kind empty', () => {
    const form = emptyForm('leadership-moment', TODAY)
    for (const name of ALL_TEXT_FIELD_NAMES) expect(form[name]).toBe('')
  })

  it.each(ENTRY_KINDS)('saves exactly the text fields of a %s and loads them back', (kind) => {
    const result = formToEntry(filledForm(kind), TODAY, () => 'id')
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const saved = result.entry as unknown as Record<string, unknown>
    for (const name of ALL_TEXT_FIELD_NAMES) {
      expect(saved[name]).toBe(namesOf(kind).includes(name) ? `${name} text` : undefined)
    }
    const stamp = '2026-06-01T00:00:00.000Z'
    const back = formFromEntry({ ...result.entry, createdAt: stamp, updatedAt: stamp } as Entry)
    for (const name of namesOf(kind)) expect(back[name]).toBe(`${name} text`)
  })

  it.each(ENTRY_KINDS)('offers the text fields of a %s to the suggestions', (kind) => {
    const words = formText(filledForm(kind)).split(' ')
    for (const name of ALL_TEXT_FIELD_NAMES) {
      expect(words.includes(name)).toBe(namesOf(kind).includes(name))
    }
  })
})
