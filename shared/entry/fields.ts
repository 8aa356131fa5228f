// One table of the guided text fields of each entry kind. The schema, the editor, the
// entry view, drafts, search, bullets, the review and its log all read it, so adding a
// text field to a kind is one row here. Fields that are not free text (the mode, the
// counterpart, the outcome, the follow-up date) have their own controls and rules.
import type { EntryKind } from './entry'

/** Where a field's text is used beyond the editor and the entry view. */
export type FieldUse =
  /** Found by the journal's search and shown in timeline snippets. */
  | 'search'
  /** A bullet may be written from it (in the order listed) and draw its numbers from it. */
  | 'bullets'
  /** Printed in the review's full log. */
  | 'log'

export interface TextFieldSpec<Name extends string = string> {
  readonly name: Name
  /** How the editor, the entry view and the exported log label it. */
  readonly label: string
  /** The question the editor asks under the label. */
  readonly prompt: string
  /** Lines the editor gives it; 1 is a single-line input. */
  readonly rows: number
  readonly uses: readonly FieldUse[]
}

const all: readonly FieldUse[] = ['search', 'log']
const bullet: readonly FieldUse[] = ['search', 'bullets', 'log']

export const KIND_TEXT_FIELDS = {
  'leadership-moment': [
    {
      name: 'situation',
      label: 'Situation',
      prompt: 'The context in a sentence or two: what was going on, and what was at stake?',
      rows: 3,
      uses: all,
    },
    {
      name: 'task',
      label: 'Task',
      prompt: 'What was yours to own? Name the goal, not the activity.',
      rows: 2,
      uses: all,
    },
    {
      name: 'action',
      label: 'Action',
      prompt: 'What did you do, personally? Start with a verb: decided, proposed, coached, fixed.',
      rows: 3,
      uses: bullet,
    },
    {
      name: 'result',
      label: 'Result',
      prompt: 'What changed because of it? A number beats an adjective.',
      rows: 3,
      uses: bullet,
    },
    {
      name: 'reflection',
      label: 'Reflection',
      prompt: 'What would you repeat, and what would you change next time?',
      rows: 2,
      uses: all,
    },
  ],
  'difficult-conversation': [
    {
      name: 'topic',
      label: 'Topic',
      prompt: 'What was the conversation about, in a few words?',
      rows: 1,
      uses: bullet,
    },
    {
      name: 'preparation',
      label: 'Preparation',
      prompt:
        'How did you prepare? Facts gathered, the outcome you wanted, what you expected to hear.',
      rows: 2,
      uses: all,
    },
    {
      name: 'whatISaid',
      label: 'What I said',
      prompt:
        'Try SBI: the Situation, the specific Behaviour you saw, and its Impact. Then what you asked for.',
      rows: 3,
      uses: bullet,
    },
    {
      name: 'lesson',
      label: 'Lesson',
      prompt: 'What would you do differently next time?',
      rows: 2,
      uses: all,
    },
  ],
  'stakeholder-win': [
    {
      name: 'need',
      label: 'What they needed',
      prompt: 'The problem or goal in their words, not yours.',
      rows: 2,
      uses: bullet,
    },
    {
      name: 'delivered',
      label: 'What I delivered',
      prompt: 'What you did and what they got. Be concrete about scale and timing.',
      rows: 3,
      uses: bullet,
    },
    {
      name: 'feedback',
      label: 'Their feedback',
      prompt: 'Paste their words if you can: a direct quote is gold in a review.',
      rows: 2,
      uses: all,
    },
  ],
} as const satisfies Record<EntryKind, readonly TextFieldSpec[]>

/** The text field names of one kind, e.g. 'situation' | 'task' | … for a leadership moment. */
export type TextFieldName<K extends EntryKind> = (typeof KIND_TEXT_FIELDS)[K][number]['name']

/** Every text field name of every kind (the editor keeps all of them side by side). */
export type AnyTextFieldName = TextFieldName<EntryKind>

export const ALL_TEXT_FIELD_NAMES: readonly AnyTextFieldName[] = Object.values(
  KIND_TEXT_FIELDS,
).flatMap((fields) => fields.map((field) => field.name))

/** The kind's text fields that have the given use, in table order. */
export function textFieldsFor(kind: EntryKind, use?: FieldUse): readonly TextFieldSpec[] {
  const fields: readonly TextFieldSpec[] = KIND_TEXT_FIELDS[kind]
  return use ? fields.filter((field) => field.uses.includes(use)) : fields
}

/** A shape with one value schema per text field of the kind, for building its zod schema. */
export function textFieldShape<K extends EntryKind, S>(
  kind: K,
  schema: S,
): Record<TextFieldName<K>, S> {
  const shape = {} as Record<TextFieldName<K>, S>
  for (const field of KIND_TEXT_FIELDS[kind]) shape[field.name as TextFieldName<K>] = schema
  return shape
}
