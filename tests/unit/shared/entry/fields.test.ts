// The field table (shared/entry/fields.ts) is the one list of each kind's guided text:
// the schema, kindText and labelledText must all follow it, field for field and in order.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  difficultConversationSchema,
  ENTRY_KINDS,
  KIND_TEXT_FIELDS,
  kindText,
  labelledText,
  leadershipMomentSchema,
  stakeholderWinSchema,
  textFieldsFor,
  validateEntry,
  type Entry,
  type EntryKind,
  type FieldUse,
} from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'

const SCHEMAS = {
  'leadership-moment': leadershipMomentSchema,
  'difficult-conversation': difficultConversationSchema,
  'stakeholder-win': stakeholderWinSchema,
} satisfies Record<EntryKind, z.ZodObject>

/** Fields every kind shares, and each kind's controls that are not free text. */
const BASE_FIELDS = [
  'id',
  'kind',
  'title',
  'occurredOn',
  'notes',
  'competencies',
  'people',
  'metric',
  'tags',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'sample',
  'source',
  'pdu',
]
const NON_TEXT_FIELDS: Record<EntryKind, string[]> = {
  'leadership-moment': ['mode'],
  'difficult-conversation': [
    'counterpart',
    'outcome',
    'followUpOn',
    'followUpDoneAt',
    'resumeWorthy',
  ],
  'stakeholder-win': ['stakeholder'],
}
const USES: readonly FieldUse[] = ['search', 'bullets', 'log']
const TODAY = '2030-01-01'

/** A valid entry of the kind whose every text field holds its own name ("situation text"). */
function filled(kind: EntryKind): Entry {
  const entry = fixtureJournal.find((e) => e.kind === kind)!
  const values = Object.fromEntries(KIND_TEXT_FIELDS[kind].map((f) => [f.name, `${f.name} text`]))
  return { ...entry, ...values } as Entry
}

describe.each(ENTRY_KINDS)('the %s field table', (kind) => {
  const fields = KIND_TEXT_FIELDS[kind]
  const names = fields.map((field) => field.name)
  const shape = SCHEMAS[kind].shape as Record<string, z.ZodType>

  it('has each field in the schema as a string, and no other free text', () => {
    for (const name of names) {
      const schema = shape[name]
      expect(schema, name).toBeDefined()
      expect(schema!.safeParse('some text').data, name).toBe('some text')
      for (const wrong of [42, null, true, {}, ['text']])
        expect(schema!.safeParse(wrong).success, `${name}: ${String(wrong)}`).toBe(false)
      // Absent, a field is refused or reads as empty: never anything but a string.
      const absent = schema!.safeParse(undefined)
      if (absent.success) expect(absent.data, name).toBe('')
    }
    const rest = Object.keys(shape).filter((key) => !names.includes(key as never))
    expect(rest.sort()).toEqual([...BASE_FIELDS, ...NON_TEXT_FIELDS[kind]].sort())
  })

  it('is what the entry schema checks: a string passes, anything else fails', () => {
    const entry = filled(kind)
    const valid = validateEntry(entry, TODAY)
    expect(valid.ok).toBe(true)
    if (valid.ok) expect(kindText(valid.entry)).toEqual(kindText(entry))
    for (const name of names) {
      const wrong = validateEntry({ ...entry, [name]: 42 }, TODAY)
      expect(wrong.ok, name).toBe(false)
      if (!wrong.ok) expect(wrong.problems.map((p) => p.path)).toContain(name)
      const { [name]: _missing, ...without } = entry as unknown as Record<string, unknown>
      const absent = validateEntry(without, TODAY)
      if (absent.ok) expect((absent.entry as unknown as Record<string, unknown>)[name]).toBe('')
    }
  })

  it('has unique names and labels, a prompt and at least one row each', () => {
    expect(new Set(names).size).toBe(names.length)
    expect(new Set(fields.map((f) => f.label)).size).toBe(fields.length)
    for (const field of fields) {
      expect(field.label.trim(), field.name).not.toBe('')
      expect(field.prompt.trim(), field.name).not.toBe('')
      expect(field.rows, field.name).toBeGreaterThanOrEqual(1)
    }
  })

  it('gives kindText its fields in table order', () => {
    expect(kindText(filled(kind))).toEqual(names.map((name) => `${name} text`))
  })

  it.each(USES)('gives kindText and labelledText only the fields used for %s', (use) => {
    const entry = filled(kind)
    const used = fields.filter((field) => field.uses.includes(use))
    expect(textFieldsFor(kind, use)).toEqual(used)
    expect(kindText(entry, use)).toEqual(used.map((field) => `${field.name} text`))
    expect(labelledText(entry, use)).toEqual(
      used.map((field) => ({ label: field.label, text: `${field.name} text` })),
    )
  })

  it('lets labelledText leave out empty fields and trim the rest; kindText keeps every slot', () => {
    const [first, ...others] = fields
    const entry = {
      ...filled(kind),
      [first!.name]: '   ',
      ...Object.fromEntries(others.map((f) => [f.name, `  ${f.name} text \n`])),
    } as Entry
    expect(labelledText(entry)).toEqual(
      others.map((field) => ({ label: field.label, text: `${field.name} text` })),
    )
    expect(kindText(entry)).toEqual(['   ', ...others.map((f) => `  ${f.name} text \n`)])
  })
})
