import { describe, expect, it } from 'vitest'
import {
  nameKey,
  peopleDirectory,
  withDescribeAs,
  type Entry,
  type Person,
} from '../../../../shared/entry'

const stamp = '2026-05-04T10:00:00.000Z'

function moment(
  id: string,
  occurredOn: string,
  people: Person[],
  over: Partial<Entry> = {},
): Entry {
  return {
    id,
    kind: 'leadership-moment',
    title: `Moment ${id}`,
    occurredOn,
    notes: '',
    competencies: ['people'],
    people,
    tags: [],
    createdAt: stamp,
    updatedAt: stamp,
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    mode: 'leader',
    ...over,
  } as Entry
}

function win(id: string, stakeholder: Person, people: Person[] = []): Entry {
  return {
    ...moment(id, '2026-05-01', people),
    kind: 'stakeholder-win',
    stakeholder,
    need: '',
    delivered: '',
    feedback: '',
  } as Entry
}

const maria: Person = { name: 'Maria Lopez', role: 'Finance manager', level: 'peer' }

describe('peopleDirectory', () => {
  it('lists each named person once, by name, with the latest role and a live entry count', () => {
    const journal = [
      moment('a', '2026-01-10', [maria, { name: 'Raj', level: 'team' }]),
      // The same person typed differently, promoted since, and named twice in one entry.
      win('b', { name: ' maria  lopez', role: 'VP Finance', level: 'executive' }, [maria]),
      moment('c', '2026-02-01', [{ name: 'Raj', level: 'team' }], { deletedAt: stamp }),
      moment('d', '2026-02-02', [{ name: '', role: 'Auditor', level: 'peer' }]),
    ]
    expect(peopleDirectory(journal)).toEqual([
      {
        key: 'maria lopez',
        name: 'maria  lopez',
        role: 'VP Finance',
        level: 'executive',
        entries: 2,
        description: 'a finance manager',
        fallback: 'the VP Finance',
      },
      {
        key: 'raj',
        name: 'Raj',
        level: 'team',
        entries: 1,
        description: 'a member of my team',
        fallback: 'a member of my team',
      },
    ])
  })

  it('shows the wording documents use: the user’s own from the smallest entry id', () => {
    const journal = [
      moment('b', '2026-01-10', [{ ...maria, describeAs: 'our finance partner' }]),
      moment('c', '2026-01-11', [{ ...maria, describeAs: 'a later wording' }]),
      moment('a', '2026-01-09', [maria]),
    ]
    const [person] = peopleDirectory(journal)
    expect(person).toMatchObject({
      describeAs: 'our finance partner',
      description: 'our finance partner',
      entries: 3,
    })
  })

  it('says when a wording that names someone gives way to role and level', () => {
    const journal = [
      moment('a', '2026-01-10', [
        { ...maria, describeAs: 'Raj’s manager' },
        { name: 'Raj', level: 'team' },
      ]),
    ]
    expect(peopleDirectory(journal)[0]).toMatchObject({
      describeAs: 'Raj’s manager',
      description: 'a colleague from another team',
    })
  })

  it('is empty when nobody is named', () => {
    expect(peopleDirectory([moment('a', '2026-01-10', [])])).toEqual([])
  })
})

describe('withDescribeAs', () => {
  it('sets the wording on every mention of the person, the party included', () => {
    const entry = win('w', { ...maria, name: 'MARIA LOPEZ' }, [
      maria,
      { name: 'Raj', level: 'team' },
    ])
    const next = withDescribeAs(entry, nameKey('Maria Lopez'), '  our finance partner ')
    expect(next).not.toBeNull()
    expect(next?.kind === 'stakeholder-win' && next.stakeholder.describeAs).toBe(
      'our finance partner',
    )
    expect(next?.people.map((p) => p.describeAs)).toEqual(['our finance partner', undefined])
  })

  it('clears it with an empty wording, and changes nothing it need not', () => {
    const entry = moment('a', '2026-01-10', [{ ...maria, describeAs: 'our partner' }])
    const cleared = withDescribeAs(entry, 'maria lopez', ' ')
    expect(cleared?.people[0]).toEqual(maria)
    expect('describeAs' in (cleared?.people[0] ?? {})).toBe(false)
    expect(withDescribeAs(entry, 'maria lopez', 'our partner')).toBeNull()
    expect(withDescribeAs(entry, 'raj', 'x')).toBeNull()
  })
})
