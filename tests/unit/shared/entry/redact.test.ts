import { describe, expect, it } from 'vitest'
import {
  createPeopleRedactor,
  createRedactor,
  keepNames,
  opensSentence,
  peopleOf,
  type Entry,
  type Person,
} from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'

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

/** An entry naming these people, for building a redactor. */
function naming(id: string, people: Person[]): Entry {
  return { ...win, id, people }
}

const aisha: Person = { name: 'Aisha Rahman', role: 'Project manager', level: 'team' }
const liam: Person = { name: 'Liam Byrne', role: 'Business analyst', level: 'team' }
const david: Person = { name: 'David Chen', role: 'Director of IT', level: 'senior' }
const helen: Person = { name: 'Helen Park', role: 'COO', level: 'executive' }
const journal = [naming('e1', [aisha, liam, david, helen])]

describe('createRedactor: descriptions that read like a person wrote them', () => {
  it.each([
    [
      "Raised Aisha's missed deadlines with her",
      "Raised the project manager's missed deadlines with her",
    ],
    [
      'Coached Liam to lead his first requirements workshop',
      'Coached a business analyst on my team to lead his first requirements workshop',
    ],
    [
      'Asked David what stands between me and a director role',
      'Asked the Director of IT what stands between me and a director role',
    ],
    ['presented it to Helen', 'presented it to the COO'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(createRedactor(journal).text(text)).toBe(expected)
  })

  it('introduces a person once per document, then uses the short form', () => {
    const redactor = createRedactor(journal)
    expect(redactor.text('Liam drafted it.')).toBe('A business analyst on my team drafted it.')
    expect(redactor.text('I reviewed it with Liam Byrne.')).toBe(
      'I reviewed it with the business analyst.',
    )
    expect(redactor.person(liam)).toBe('the business analyst')
    // A new document introduces them again.
    expect(createRedactor(journal).person(liam)).toBe('a business analyst on my team')
  })

  it('lets the caller ask for a first or later mention of a person', () => {
    const redactor = createRedactor(journal)
    expect(redactor.person(aisha, 'later')).toBe('the project manager')
    expect(redactor.person(aisha, 'first')).toBe('a project manager on my team')
    expect(redactor.person({ name: '', level: 'executive' })).toBe('an executive')
  })

  it('keeps the full description while the short one would not say who', () => {
    const other: Person = { name: 'Noor Ali', role: 'Project manager', level: 'peer' }
    const redactor = createRedactor([naming('e1', [aisha, other])])
    expect(redactor.text('Aisha met Noor. Aisha agreed.')).toBe(
      'A project manager on my team met a project manager. A project manager on my team agreed.',
    )
  })

  it('writes possessives, with either apostrophe, and after a name ending in s', () => {
    const james: Person = {
      name: 'James Ford',
      role: 'Account manager at the vendor',
      level: 'peer',
    }
    const redactor = createRedactor([naming('e1', [aisha, james])])
    expect(redactor.text('Aisha’s plan and James’ team')).toBe(
      "The project manager's plan and the account manager's team",
    )
  })

  it('does not double an article already in front of a name', () => {
    const redactor = createRedactor(journal)
    expect(redactor.text('I briefed the Helen and a Liam.')).toBe(
      'I briefed the COO and a business analyst on my team.',
    )
    expect(redactor.text('The Helen agreed.')).toBe('The COO agreed.')
  })

  it('capitalises a description that opens a sentence, a line or a list item', () => {
    const redactor = createRedactor(journal, { scope: 'fragment' })
    expect(redactor.text('helen agreed. helen! "Helen?" e.g. helen\n- helen\n2) helen')).toBe(
      'the COO agreed. The COO! "The COO?" e.g. the COO\n- The COO\n2) The COO',
    )
    // A fragment's own start is left for the composer that places it in a sentence.
    expect(createRedactor(journal).text('helen agreed')).toBe('The COO agreed')
  })

  it('uses the user\'s own "describe as", from any entry naming the person', () => {
    const own = { ...david, describeAs: 'a senior leader in IT' }
    const redactor = createRedactor([naming('e1', [david]), naming('e2', [own])], {
      firstBy: 'id',
    })
    expect(redactor.text('David asked. Later David agreed.')).toBe(
      'A senior leader in IT asked. Later the senior leader in IT agreed.',
    )
  })

  it('never names anyone through a description that holds a known name', () => {
    const deputy: Person = { name: 'Ines Vidal', role: 'Deputy to David', level: 'senior' }
    const redactor = createRedactor([naming('e1', [david, deputy])])
    expect(redactor.text('Ines called')).toBe('A senior leader called')
  })

  it('speaks in the neutral voice when asked', () => {
    expect(createRedactor(journal, { voice: 'neutral' }).text('Coached Liam')).toBe(
      'Coached a business analyst on the team',
    )
  })
})

describe('createRedactor: which names', () => {
  const redactor = createRedactor([win])

  it('replaces full names and first or last names alone', () => {
    expect(redactor.text(win.title)).toBe('Close faster for the CFO')
    expect(redactor.text(win.notes)).toBe(
      'The CFO said it was the best close in years; thanks to a data analyst on my team for the data.',
    )
    expect(redactor.text('PATEL and lopez')).toBe('The data analyst and the CFO')
  })

  it('hides names inside quotes and notes', () => {
    expect(createRedactor([win]).text(win.feedback)).toBe('"Best close in years," said the CFO.')
  })

  it('replaces a full name whole however it is spaced, in the text or as stored', () => {
    const spaced = createRedactor([naming('e1', [{ ...liam, name: 'Liam  Byrne ' }])])
    expect(spaced.text('Liam Byrne met LIAM\nBYRNE')).toBe(
      'A business analyst on my team met the business analyst',
    )
  })

  it('leaves words that merely contain a name alone', () => {
    expect(redactor.text('Rajasthan and Marianne')).toBe('Rajasthan and Marianne')
  })

  it('never shows a level in parentheses', () => {
    for (const level of ['team', 'peer', 'senior', 'executive'] as const) {
      const text = createRedactor([]).person({ name: 'Sam', role: 'Engineer', level })
      expect(text).not.toMatch(/\(/)
    }
    expect(createRedactor([]).person({ name: 'Sam', level: 'executive' })).toBe('an executive')
  })

  it('describes a shared name by the first entry, or by the smallest id whatever the order', () => {
    // Two Marias: the earlier id's CFO, the later id's engineer.
    const other: Entry = {
      ...win,
      id: 'w2',
      stakeholder: { name: 'Maria Chen', role: 'Engineer', level: 'team' },
    }
    expect(createRedactor([other, win]).text('Maria')).toBe('An engineer on my team')
    for (const order of [
      [win, other],
      [other, win],
    ]) {
      const byId = createRedactor(order, { firstBy: 'id' })
      expect(byId.text('Maria')).toBe('The CFO')
      expect(byId.text('Maria Chen')).toBe('An engineer on my team')
    }
  })
})

describe('keepNames', () => {
  it('changes nothing and shows a person by name, or by description when unnamed', () => {
    expect(keepNames.text('Maria')).toBe('Maria')
    expect(keepNames.person({ name: 'Sam', level: 'team' })).toBe('Sam')
    expect(keepNames.person({ name: ' ', level: 'team' })).toBe('a member of my team')
  })
})

describe('createPeopleRedactor', () => {
  it('redacts as createRedactor does over entries naming the same people in order', () => {
    const people = fixtureJournal.flatMap(peopleOf)
    const fromPeople = createPeopleRedactor(people)
    const fromEntries = createRedactor(fixtureJournal, { voice: 'neutral', scope: 'fragment' })
    const texts = fixtureJournal.flatMap((e) => [e.title, e.notes])
    for (const text of texts) expect(fromPeople.text(text)).toBe(fromEntries.text(text))
    expect(texts.some((text) => fromPeople.text(text) !== text)).toBe(true)
  })

  it('treats every text as a fragment of its own: the same text comes out the same', () => {
    const redactor = createPeopleRedactor([liam])
    expect(redactor.text('Liam met Liam')).toBe(
      'a business analyst on the team met the business analyst',
    )
    expect(redactor.text('Liam met Liam')).toBe(
      'a business analyst on the team met the business analyst',
    )
  })

  it('lets the first person with a name decide its description', () => {
    const cfo = { name: 'Maria Lopez', role: 'CFO', level: 'executive' } as const
    const engineer = { name: 'Maria Chen', role: 'Engineer', level: 'team' } as const
    expect(createPeopleRedactor([cfo, engineer]).text('Maria')).toBe('the CFO')
    expect(createPeopleRedactor([engineer, cfo]).text('Maria')).toBe('an engineer on the team')
  })
})

describe('opensSentence', () => {
  it('finds sentence starts but not abbreviations or mid-sentence words', () => {
    const text = 'Yes. So e.g. this\n* item (aside)'
    expect(opensSentence(text, 0)).toBe(true)
    expect(opensSentence(text, 0, false)).toBe(false)
    expect(opensSentence(text, text.indexOf('So'))).toBe(true)
    expect(opensSentence(text, text.indexOf('this'))).toBe(false)
    expect(opensSentence(text, text.indexOf('item'))).toBe(true)
    expect(opensSentence(text, text.indexOf('aside'))).toBe(false)
  })
})
