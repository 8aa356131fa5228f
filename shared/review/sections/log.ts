// The full log: every entry of the period with all its fields and notes.
import {
  COMPETENCY_BY_ID,
  KIND_LABELS,
  labelledText,
  MODE_LABELS,
  OUTCOME_LABELS,
  peopleOf,
  textFieldsFor,
  type Entry,
  type EntryKind,
  type TextFieldName,
} from '../../entry'
import type { ReviewContext } from '../context'
import type { LogItem } from '../types'

export function logSection(context: ReviewContext): LogItem[] {
  const { text } = context
  return context.inPeriod.map((e) => ({
    entryId: e.id,
    kind: e.kind,
    kindLabel: KIND_LABELS[e.kind],
    title: text(e.title),
    occurredOn: e.occurredOn,
    competencies: e.competencies.map((id) => COMPETENCY_BY_ID[id].name),
    people: dedupe(peopleOf(e).map(context.person)),
    ...(e.metric ? { result: context.metric(e) } : {}),
    tags: e.tags.map(text),
    details: logDetails(e).map((d) => ({ label: d.label, text: text(d.text) })),
    notes: text(e.notes),
  }))
}

/** A line the log prints that is not free text, placed after the text field it follows. */
interface FactLine<K extends EntryKind> {
  label: string
  after: TextFieldName<K>
  text: (entry: Extract<Entry, { kind: K }>) => string
}

const FACT_LINES: { [K in EntryKind]: readonly FactLine<K>[] } = {
  'leadership-moment': [
    { label: 'Acted as', after: 'reflection', text: (e) => MODE_LABELS[e.mode] },
  ],
  'difficult-conversation': [
    { label: 'Outcome', after: 'whatISaid', text: (e) => OUTCOME_LABELS[e.outcome] },
  ],
  'stakeholder-win': [],
}

/**
 * The entry's log fields with the field table's labels, empty ones left out, and its
 * fact lines, each right after its field in table order.
 */
function logDetails(entry: Entry): { label: string; text: string }[] {
  const fields = textFieldsFor(entry.kind)
  const labels = fields.map((field) => field.label)
  const names = fields.map((field) => field.name)
  const facts = FACT_LINES[entry.kind] as readonly FactLine<EntryKind>[]
  const lines = [
    ...labelledText(entry, 'log').map((line) => ({ ...line, at: labels.indexOf(line.label) })),
    ...facts.map((fact) => ({
      label: fact.label,
      text: fact.text(entry),
      at: names.indexOf(fact.after) + 0.5,
    })),
  ]
  return lines.sort((a, b) => a.at - b.at).map(({ label, text }) => ({ label, text }))
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)]
}
