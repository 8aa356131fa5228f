// The data contract: valid entries of each kind pass; bad input is rejected with a
// path and a plain sentence, never silently fixed.
import { describe, expect, it } from 'vitest'
import {
  anonymousLabel,
  entrySchema,
  formatPath,
  isLive,
  kindText,
  peopleOf,
  validateEntry,
  type Entry,
} from '../../../../shared/entry'

const TODAY = '2026-06-15'
const stamp = '2026-06-10T09:00:00.000Z'

const moment: Entry = {
  id: 'm1',
  kind: 'leadership-moment',
  title: 'Ran the roadmap workshop',
  occurredOn: '2026-06-10',
  notes: '**Three** teams aligned.',
  competencies: ['strategy'],
  people: [{ name: 'Sam Chen', level: 'peer' }],
  metric: { value: 18, unit: '%', measure: 'fewer overlapping projects' },
  tags: ['roadmap'],
  createdAt: stamp,
  updatedAt: stamp,
  situation: 'Three teams with clashing plans',
  task: 'One plan',
  action: 'Facilitated a workshop',
  result: 'One roadmap',
  reflection: 'Invite finance earlier',
  mode: 'leader',
}

const conversation: Entry = {
  id: 'c1',
  kind: 'difficult-conversation',
  title: 'Told the vendor the date holds',
  occurredOn: '2026-06-01',
  notes: '',
  competencies: ['conflict'],
  people: [],
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
  counterpart: { name: 'Tom Berg', role: 'Account manager', level: 'senior' },
  topic: 'Missed milestones',
  preparation: 'Gathered the dates',
  whatISaid: 'When the build slipped twice, the launch moved.',
  outcome: 'in-progress',
  followUpOn: '2026-06-20',
  lesson: 'Raise it after the first slip',
  resumeWorthy: true,
}

const win: Entry = {
  id: 'w1',
  kind: 'stakeholder-win',
  title: 'Close two days faster',
  occurredOn: '2026-05-04',
  notes: '',
  competencies: ['stakeholders', 'results'],
  people: [],
  tags: [],
  createdAt: stamp,
  updatedAt: stamp,
  stakeholder: { name: 'Maria Lopez', role: 'CFO', level: 'executive' },
  need: 'A faster close',
  delivered: 'A new close calendar',
  feedback: '"Best close in years."',
}

function problemsOf(value: unknown) {
  const check = validateEntry(value, TODAY)
  if (check.ok) throw new Error('expected the entry to be rejected')
  return check.problems
}

describe('validateEntry', () => {
  it.each([moment, conversation, win])('accepts a complete $kind', (entry) => {
    expect(validateEntry(entry, TODAY)).toEqual({ ok: true, entry })
  })

  it('rejects a missing title with its path and a sentence', () => {
    expect(problemsOf({ ...moment, title: '  ' })).toEqual([
      { path: 'title', message: 'is required' },
    ])
  })

  it('rejects a date that is not a real calendar day', () => {
    expect(problemsOf({ ...moment, occurredOn: '2026-02-30' })).toEqual([
      { path: 'occurredOn', message: 'is not a real calendar date' },
    ])
    expect(problemsOf({ ...moment, occurredOn: '15/06/2026' })[0]).toEqual({
      path: 'occurredOn',
      message: 'must be a date written YYYY-MM-DD',
    })
  })

  it('rejects a date in the future but accepts today and back-dated entries', () => {
    expect(problemsOf({ ...moment, occurredOn: '2026-06-16' })).toEqual([
      { path: 'occurredOn', message: 'is in the future; log things that have already happened' },
    ])
    expect(validateEntry({ ...moment, occurredOn: TODAY }, TODAY).ok).toBe(true)
    expect(validateEntry({ ...moment, occurredOn: '2019-01-31' }, TODAY).ok).toBe(true)
  })

  it('rejects a metric whose value is not a number', () => {
    const bad = { ...moment, metric: { value: '18', unit: '%', measure: 'faster' } }
    expect(problemsOf(bad)).toEqual([{ path: 'metric.value', message: 'must be a number' }])
    expect(
      problemsOf({ ...moment, metric: { value: Number.NaN, unit: '', measure: 'x' } })[0]?.path,
    ).toBe('metric.value')
  })

  it('needs at least one known competency, listed once', () => {
    expect(problemsOf({ ...moment, competencies: [] })).toEqual([
      { path: 'competencies', message: 'needs at least one competency' },
    ])
    expect(problemsOf({ ...moment, competencies: ['charisma'] })).toEqual([
      { path: 'competencies[0]', message: 'is not a known competency' },
    ])
    expect(problemsOf({ ...moment, competencies: ['strategy', 'strategy'] })[0]?.message).toBe(
      'lists a competency twice',
    )
  })

  it('points into nested people and the kind-specific fields', () => {
    expect(problemsOf({ ...win, stakeholder: { name: 'Maria', level: 'boss' } })).toEqual([
      { path: 'stakeholder.level', message: 'must be one of team, peer, senior, executive' },
    ])
    expect(problemsOf({ ...conversation, outcome: 'won' })[0]).toEqual({
      path: 'outcome',
      message: 'must be one of resolved, in-progress, unresolved',
    })
  })

  it('rejects fields of another kind and unknown fields rather than keeping them', () => {
    expect(problemsOf({ ...moment, need: 'x' })[0]?.path).toBe('(root)')
    expect(problemsOf({ ...moment, kind: 'pep-talk' })[0]?.path).toBe('kind')
  })

  it('prefixes paths for entries inside a backup', () => {
    const check = validateEntry({ ...moment, title: '' }, TODAY, 'entries[12]')
    expect(check.ok ? [] : check.problems).toEqual([
      { path: 'entries[12].title', message: 'is required' },
    ])
  })
})

describe('entry helpers', () => {
  it('formats paths the way users read them', () => {
    expect(formatPath(['entries', 3, 'people', 0, 'name'])).toBe('entries[3].people[0].name')
    expect(formatPath([])).toBe('(root)')
  })

  it('lists everyone named, the counterpart or stakeholder first', () => {
    expect(peopleOf(conversation).map((p) => p.name)).toEqual(['Tom Berg'])
    expect(peopleOf(moment).map((p) => p.name)).toEqual(['Sam Chen'])
  })

  it('gives the kind fields for search', () => {
    expect(kindText(win)).toEqual([
      'A faster close',
      'A new close calendar',
      '"Best close in years."',
    ])
  })

  it('treats trashed and later entries as not live', () => {
    expect(isLive(moment, TODAY)).toBe(true)
    expect(isLive({ ...moment, deletedAt: stamp })).toBe(false)
    expect(isLive(moment, '2026-06-01')).toBe(false)
  })

  it('describes a person without their name', () => {
    expect(anonymousLabel({ name: 'Maria', role: 'CFO', level: 'executive' })).toBe('the CFO')
    expect(anonymousLabel({ name: 'Maria', role: 'Analyst', level: 'team' }, 'neutral')).toBe(
      'an analyst on the team',
    )
    expect(anonymousLabel({ name: 'Maria', level: 'executive' })).toBe('an executive')
  })

  it('parses with the same schema that validateEntry uses', () => {
    expect(entrySchema.safeParse(win).success).toBe(true)
  })
})
