import { describe, expect, it } from 'vitest'
import {
  highestLevel,
  isFollowUpDue,
  peopleOf,
  personLabel,
  personLine,
  type DifficultConversation,
  type Entry,
} from '../../../../shared/entry'

const base = {
  title: 'Title',
  notes: '',
  competencies: ['results' as const],
  tags: [],
  createdAt: '2026-05-04T10:00:00.000Z',
  updatedAt: '2026-05-04T10:00:00.000Z',
}

const moment = (people: Entry['people']): Entry => ({
  ...base,
  id: 'm',
  kind: 'leadership-moment',
  occurredOn: '2026-05-04',
  people,
  situation: '',
  task: '',
  action: '',
  result: '',
  reflection: '',
  mode: 'leader',
})

const conversation = (extra: Partial<DifficultConversation>): DifficultConversation => ({
  ...base,
  id: 'c',
  kind: 'difficult-conversation',
  occurredOn: '2026-05-04',
  people: [],
  counterpart: { name: 'Sam', level: 'peer' },
  topic: '',
  preparation: '',
  whatISaid: '',
  lesson: '',
  outcome: 'in-progress',
  resumeWorthy: false,
  ...extra,
})

describe('people of an entry', () => {
  it('lists the counterpart or stakeholder first', () => {
    const c = conversation({ people: [{ name: 'Ana', level: 'team' }] })
    expect(peopleOf(c).map((p) => p.name)).toEqual(['Sam', 'Ana'])
  })

  it('finds the most senior level, or none when nobody is named', () => {
    expect(highestLevel(moment([]))).toBeUndefined()
    expect(
      highestLevel(
        moment([
          { name: 'A', level: 'senior' },
          { name: 'B', level: 'executive' },
          { name: 'C', level: 'team' },
        ]),
      ),
    ).toBe('executive')
    expect(highestLevel(conversation({ people: [{ name: 'A', level: 'team' }] }))).toBe('peer')
  })

  it('writes a person as named, with the role when there is one', () => {
    expect(personLabel({ name: ' Maria ', role: 'CFO', level: 'executive' })).toBe('Maria (CFO)')
    expect(personLabel({ name: 'Maria', level: 'executive' })).toBe('Maria')
    expect(personLabel({ name: ' ', level: 'executive' })).toBe('an executive')
  })

  it('shows a person in the journal with their level in words, never in parentheses', () => {
    expect(personLine({ name: 'David Chen', role: 'Director of IT', level: 'senior' })).toBe(
      'David Chen, Director of IT · senior',
    )
    expect(personLine({ name: '', role: 'CFO', level: 'executive' })).toBe('CFO · executive')
    expect(personLine({ name: ' ', level: 'peer' })).toBe('Someone · peer')
  })
})

describe('isFollowUpDue', () => {
  it('is due from its date until marked done, for a live conversation', () => {
    const open = conversation({ followUpOn: '2026-05-10' })
    expect(isFollowUpDue(open, '2026-05-09')).toBe(false)
    expect(isFollowUpDue(open, '2026-05-10')).toBe(true)
    expect(
      isFollowUpDue({ ...open, followUpDoneAt: '2026-05-10T09:00:00.000Z' }, '2026-05-11'),
    ).toBe(false)
    expect(isFollowUpDue({ ...open, deletedAt: '2026-05-10T09:00:00.000Z' }, '2026-05-11')).toBe(
      false,
    )
    expect(isFollowUpDue(conversation({}), '2026-05-11')).toBe(false)
    expect(isFollowUpDue(moment([]), '2026-05-11')).toBe(false)
  })
})
