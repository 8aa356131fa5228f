import { describe, expect, it } from 'vitest'
import {
  checkForm,
  emptyForm,
  formFromEntry,
  formToEntry,
  splitTags,
} from '../../../../renderer/src/features/journal/entryForm'
import { textFieldsFor } from '../../../../shared/entry'
import { conversation, moment } from './fixtures'

const TODAY = '2026-06-15'
const ids = () => 'new-id'

describe('checkForm', () => {
  it('asks for a title, a competency and a date', () => {
    const form = { ...emptyForm('leadership-moment', TODAY), occurredOn: '' }
    expect(checkForm(form, TODAY)).toEqual({
      title: 'Give the entry a title.',
      occurredOn: 'Enter the date it happened.',
      competencies: 'Pick at least one competency this is evidence of.',
    })
  })

  it('rejects unreal and future dates', () => {
    const base = { ...emptyForm('leadership-moment', TODAY), title: 'x', competencies: ['people'] }
    expect(checkForm({ ...base, occurredOn: '2026-02-31' }, TODAY).occurredOn).toBe(
      'Enter a real date, for example 2026-03-14.',
    )
    expect(checkForm({ ...base, occurredOn: '2026-06-16' }, TODAY).occurredOn).toBe(
      'This date is in the future; log things that have already happened.',
    )
    expect(checkForm({ ...base, occurredOn: '2024-01-01' }, TODAY)).toEqual({})
  })

  it('wants a number and what it measures once a result is started', () => {
    const base = { ...emptyForm('stakeholder-win', TODAY), title: 'x', competencies: ['people'] }
    expect(checkForm({ ...base, metricValue: 'lots' }, TODAY)).toEqual({
      metricValue: 'Enter a number, such as 18 or 2.5.',
      metricMeasure: 'Say what the number measures.',
    })
    expect(checkForm({ ...base, metricUnit: '%' }, TODAY).metricValue).toBe(
      'Enter the number, or clear the result fields.',
    )
    expect(checkForm({ ...base, metricValue: '2.5', metricMeasure: 'days saved' }, TODAY)).toEqual(
      {},
    )
  })

  it('allows a follow-up date in the future but not an unreal one', () => {
    const base = {
      ...emptyForm('difficult-conversation', TODAY),
      title: 'x',
      competencies: ['conflict'],
    }
    expect(checkForm({ ...base, followUpOn: '2026-07-01' }, TODAY)).toEqual({})
    expect(checkForm({ ...base, followUpOn: '2026-13-01' }, TODAY).followUpOn).toMatch(/real date/)
  })
})

describe('formToEntry', () => {
  it('saves only the chosen kind’s fields', () => {
    const form = {
      ...emptyForm('stakeholder-win', TODAY),
      title: ' Close faster ',
      competencies: ['stakeholders'],
      situation: 'typed while it was a leadership moment',
      need: 'A faster close',
      stakeholder: { name: 'Maria', role: '', level: 'executive' as const },
      people: [
        { name: ' Raj ', role: 'Analyst', level: 'team' as const },
        { name: '', role: '', level: 'team' as const },
      ],
      tags: 'close, finance, Close',
      metricValue: '2',
      metricUnit: 'days',
      metricMeasure: 'faster close',
    }
    const result = formToEntry(form, TODAY, ids)
    // Every text field of a win is saved, empty or not; none of the other kinds' are.
    const winText = Object.fromEntries(textFieldsFor('stakeholder-win').map((f) => [f.name, '']))
    expect(result).toEqual({
      ok: true,
      entry: {
        id: 'new-id',
        kind: 'stakeholder-win',
        title: 'Close faster',
        occurredOn: TODAY,
        notes: '',
        competencies: ['stakeholders'],
        people: [{ name: 'Raj', role: 'Analyst', level: 'team' }],
        metric: { value: 2, unit: 'days', measure: 'faster close' },
        tags: ['close', 'finance'],
        stakeholder: { name: 'Maria', level: 'executive' },
        ...winText,
        need: 'A faster close',
      },
    })
  })

  it('round-trips an existing entry through the form', () => {
    for (const entry of [
      moment('m', { tags: ['a', 'b'], occurredOn: '2026-06-01' }),
      conversation('c', { occurredOn: '2026-06-01', followUpOn: '2026-06-20' } as never),
    ]) {
      const result = formToEntry(formFromEntry(entry), TODAY, ids)
      const { updatedAt: _u, ...rest } = entry
      expect(result).toEqual({ ok: true, entry: rest })
    }
  })

  it('brings a done follow-up back when its date changes', () => {
    const done = conversation('c', {
      occurredOn: '2026-05-01',
      followUpOn: '2026-06-01',
      followUpDoneAt: '2026-06-02T10:00:00.000Z',
    } as never)
    const same = formToEntry(formFromEntry(done), TODAY, ids)
    expect(same.ok && 'followUpDoneAt' in same.entry).toBe(true)
    const moved = formToEntry({ ...formFromEntry(done), followUpOn: '2026-07-01' }, TODAY, ids)
    expect(moved.ok && 'followUpDoneAt' in moved.entry).toBe(false)
  })

  it('returns field errors instead of an entry', () => {
    expect(formToEntry(emptyForm('leadership-moment', TODAY), TODAY, ids)).toEqual({
      ok: false,
      errors: {
        title: 'Give the entry a title.',
        competencies: 'Pick at least one competency this is evidence of.',
      },
    })
  })

  it('splits tags on commas, trimmed and without duplicates', () => {
    expect(splitTags(' a, b ,, A, c ')).toEqual(['a', 'b', 'c'])
  })
})
