// Small valid entries for the journal's tests, dated relative to today so they never
// fall into the future.
import { addDays, localIsoDate } from '../../../../shared/time'
import type { Entry } from '../../../../shared/entry'

export const today = () => localIsoDate(new Date())
const stamp = '2026-01-01T09:00:00.000Z'

export function moment(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'leadership-moment',
    title: `Moment ${id}`,
    occurredOn: addDays(today(), -3),
    notes: '',
    competencies: ['strategy'],
    people: [],
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    situation: 'A situation',
    task: 'A task',
    action: 'An action',
    result: 'A result',
    reflection: '',
    mode: 'leader',
    ...over,
  } as Entry
}

export function conversation(id: string, over: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'difficult-conversation',
    title: `Conversation ${id}`,
    occurredOn: addDays(today(), -10),
    notes: '',
    competencies: ['conflict'],
    people: [],
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    counterpart: { name: 'Tom Berg', level: 'senior' },
    topic: 'Deadlines',
    preparation: '',
    whatISaid: 'The date holds.',
    outcome: 'in-progress',
    lesson: '',
    resumeWorthy: false,
    ...over,
  } as Entry
}
