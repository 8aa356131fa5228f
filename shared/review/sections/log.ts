// The full log: every entry of the period with all its fields and notes.
import { COMPETENCY_BY_ID, KIND_LABELS, peopleOf, type Entry, type EntryKind } from '../../entry'
import type { ReviewContext } from '../context'
import { OUTCOME_LABELS } from '../outline'
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

type Lines<E> = (entry: E) => [label: string, text: string][]

/** Each kind's fields as the log labels them, in print order. */
const LOG_LINES: { [K in EntryKind]: Lines<Extract<Entry, { kind: K }>> } = {
  'leadership-moment': (e) => [
    ['Situation', e.situation],
    ['Task', e.task],
    ['Action', e.action],
    ['Result', e.result],
    ['Reflection', e.reflection],
    ['Acted as', e.mode === 'leader' ? 'Leader' : 'Manager'],
  ],
  'difficult-conversation': (e) => [
    ['Topic', e.topic],
    ['Preparation', e.preparation],
    ['What I said', e.whatISaid],
    ['Outcome', OUTCOME_LABELS[e.outcome]],
    ['Lesson', e.lesson],
  ],
  'stakeholder-win': (e) => [
    ['Need', e.need],
    ['Delivered', e.delivered],
    ['Feedback', e.feedback],
  ],
}

function logDetails(entry: Entry): { label: string; text: string }[] {
  const lines = (LOG_LINES[entry.kind] as Lines<Entry>)(entry)
  return lines
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => ({ label, text: text.trim() }))
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)]
}
