// Small entries for promotion-case tests: each maker fills what the schema needs.
import type {
  DifficultConversation,
  LeadershipMoment,
  Person,
  StakeholderWin,
} from '../../../../shared/entry'

const stamp = (day: string) => `${day}T09:00:00.000Z`

export function moment(
  fields: Partial<Omit<LeadershipMoment, 'kind'>> & { id: string; occurredOn: string },
): LeadershipMoment {
  return {
    kind: 'leadership-moment',
    title: `Moment ${fields.id}`,
    notes: '',
    competencies: ['results'],
    people: [],
    tags: [],
    createdAt: stamp(fields.occurredOn),
    updatedAt: stamp(fields.occurredOn),
    situation: '',
    task: '',
    action: `Led the work on ${fields.id}`,
    result: '',
    reflection: '',
    mode: 'leader',
    ...fields,
  }
}

export function win(
  fields: Partial<Omit<StakeholderWin, 'kind'>> & {
    id: string
    occurredOn: string
    stakeholder: Person
  },
): StakeholderWin {
  return {
    kind: 'stakeholder-win',
    title: `Win ${fields.id}`,
    notes: '',
    competencies: ['stakeholders'],
    people: [],
    tags: [],
    createdAt: stamp(fields.occurredOn),
    updatedAt: stamp(fields.occurredOn),
    need: '',
    delivered: `Delivered the ${fields.id} report`,
    feedback: '',
    ...fields,
  }
}

export function talk(
  fields: Partial<Omit<DifficultConversation, 'kind'>> & {
    id: string
    occurredOn: string
    counterpart: Person
  },
): DifficultConversation {
  return {
    kind: 'difficult-conversation',
    title: `Conversation ${fields.id}`,
    notes: '',
    competencies: ['conflict'],
    people: [],
    tags: [],
    createdAt: stamp(fields.occurredOn),
    updatedAt: stamp(fields.occurredOn),
    topic: '',
    preparation: '',
    whatISaid: '',
    lesson: '',
    outcome: 'resolved',
    resumeWorthy: false,
    ...fields,
  }
}
