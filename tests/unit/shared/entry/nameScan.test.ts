// The scanner behind share-safe redaction is kept per set of names and descriptions, and
// remembers where the names sit in each text: a later redactor must still describe people
// as its own journal does, and each document must still introduce people afresh.
import { describe, expect, it } from 'vitest'
import {
  createPeopleRedactor,
  createRedactor,
  forgetJournalCaches,
  type Entry,
} from '../../../../shared/entry'
import { nameScanner } from '../../../../shared/entry/nameScan'

const entry = (id: string, role: string): Entry => ({
  id,
  kind: 'leadership-moment',
  title: 'Coached Maria Lopez through her first steering group',
  occurredOn: '2026-05-04',
  notes: '',
  competencies: ['people'],
  people: [{ name: 'Maria Lopez', role, level: 'team' }],
  tags: [],
  createdAt: '2026-05-04T10:00:00.000Z',
  updatedAt: '2026-05-04T10:00:00.000Z',
  mode: 'leader',
  situation: '',
  task: '',
  action: '',
  result: '',
  reflection: '',
})

const text = 'Maria asked for the plan; I sent Maria the draft.'

describe('name scanner kept between redactors', () => {
  it('describes a name as the journal at hand does', () => {
    const asAnalyst = createRedactor([entry('a', 'Business analyst')]).text(text)
    const asManager = createRedactor([entry('b', 'Project manager')]).text(text)
    expect(asAnalyst).toBe(
      'A business analyst on my team asked for the plan; I sent the business analyst the draft.',
    )
    expect(asManager).toBe(
      'A project manager on my team asked for the plan; I sent the project manager the draft.',
    )
  })

  it('introduces people afresh in each document made from the same journal', () => {
    const journal = [entry('a', 'Business analyst')]
    const first = createRedactor(journal)
    expect(first.text('Maria joined.')).toBe('A business analyst on my team joined.')
    expect(first.text('Maria left.')).toBe('The business analyst left.')
    expect(createRedactor(journal).text('Maria left.')).toBe('A business analyst on my team left.')
  })

  it('keeps a fragment and a document apart for the same text', () => {
    const people = [{ name: 'Maria Lopez', role: 'Business analyst', level: 'team' as const }]
    const fragment = createPeopleRedactor(people, { voice: 'mine' })
    const document = createPeopleRedactor(people, { voice: 'mine', scope: 'document' })
    expect(fragment.text('Maria joined.')).toBe('a business analyst on my team joined.')
    expect(document.text('Maria joined.')).toBe('A business analyst on my team joined.')
    expect(fragment.text('Maria joined.')).toBe('a business analyst on my team joined.')
  })
})

describe('when the journal locks', () => {
  it('forgets every scanner, and with it the names and texts it remembered', () => {
    const person = { name: 'Maria Lopez', role: 'Business analyst', level: 'team' as const }
    const names = {
      names: ['maria lopez'],
      owners: [person],
      ownerOf: new Map([['maria lopez', 0]]),
    }
    const kept = nameScanner(names, 'mine')
    expect(nameScanner(names, 'mine')).toBe(kept)
    forgetJournalCaches()
    expect(nameScanner(names, 'mine')).not.toBe(kept)
  })
})
