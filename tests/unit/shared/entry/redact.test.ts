import { describe, expect, it } from 'vitest'
import { createPeopleRedactor, createRedactor, keepNames } from '../../../../shared/entry'
import { peopleOf } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'
import type { Entry } from '../../../../shared/entry'

const win: Entry = {
  id: 'w1',
  kind: 'stakeholder-win',
  title: 'Close faster for Maria Lopez',
  occurredOn: '2026-05-04',
  notes: 'Maria said it was the best close in years; thanks to Raj for the data.',
  competencies: ['stakeholders'],
  people: [{ name: 'Raj Patel', role: 'Data analyst', level: 'team' }],
  tags: [],
  createdAt: '2026-05-04T10:00:00.000Z',
  updatedAt: '2026-05-04T10:00:00.000Z',
  stakeholder: { name: 'Maria Lopez', role: 'CFO', level: 'executive' },
  need: 'A faster month-end close',
  delivered: 'A new close calendar',
  feedback: '"Best close in years," said Maria.',
}

describe('createRedactor', () => {
  const redactor = createRedactor([win])

  it('replaces full names and first or last names alone with role and level', () => {
    expect(redactor.text(win.title)).toBe('Close faster for CFO (executive)')
    expect(redactor.text(win.notes)).toBe(
      'CFO (executive) said it was the best close in years; thanks to Data analyst (team) for the data.',
    )
    expect(redactor.text('PATEL and lopez')).toBe('Data analyst (team) and CFO (executive)')
  })

  it('leaves words that merely contain a name alone', () => {
    expect(redactor.text('Rajasthan and Marianne')).toBe('Rajasthan and Marianne')
  })

  it('describes a person without a role by level', () => {
    expect(redactor.person({ name: 'Sam', level: 'executive' })).toBe(
      'an executive-level colleague',
    )
    expect(keepNames.person({ name: 'Sam', level: 'team' })).toBe('Sam')
  })

  it('labels a shared name by the first entry, or by the smallest id whatever the order', () => {
    // Two Marias: the earlier id's CFO, the later id's engineer.
    const other: Entry = {
      ...win,
      id: 'w2',
      stakeholder: { name: 'Maria Chen', role: 'Engineer', level: 'team' },
    }
    expect(createRedactor([other, win]).text('Maria')).toBe('Engineer (team)')
    for (const order of [
      [win, other],
      [other, win],
    ]) {
      const byId = createRedactor(order, { firstBy: 'id' })
      expect(byId.text('Maria')).toBe('CFO (executive)')
      expect(byId.text('Maria Chen')).toBe('Engineer (team)')
    }
  })
})

describe('createPeopleRedactor', () => {
  it('redacts as createRedactor does over entries naming the same people in order', () => {
    const people = fixtureJournal.flatMap(peopleOf)
    const fromPeople = createPeopleRedactor(people)
    const fromEntries = createRedactor(fixtureJournal)
    const texts = fixtureJournal.flatMap((e) => [e.title, e.notes])
    for (const text of texts) expect(fromPeople.text(text)).toBe(fromEntries.text(text))
    expect(texts.some((text) => fromPeople.text(text) !== text)).toBe(true)
  })

  it('lets the first person with a name decide its label', () => {
    const cfo = { name: 'Maria Lopez', role: 'CFO', level: 'executive' } as const
    const engineer = { name: 'Maria Chen', role: 'Engineer', level: 'team' } as const
    expect(createPeopleRedactor([cfo, engineer]).text('Maria')).toBe('CFO (executive)')
    expect(createPeopleRedactor([engineer, cfo]).text('Maria')).toBe('Engineer (team)')
  })
})
