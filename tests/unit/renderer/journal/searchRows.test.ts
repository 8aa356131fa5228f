// What keeps a keystroke cheap must not change what it shows: an entry keeps one row
// object across searches (the memoised rows rely on it), and the index splits an entry's
// fields piece by piece into the same words as the fields joined.
import { describe, expect, it } from 'vitest'
import { conversation, moment } from './fixtures'
import {
  toSearchRows,
  toTimelineRows,
} from '../../../../renderer/src/features/journal/timelineModel'
import { fieldWords, wordsOf } from '../../../../renderer/src/features/journal/searchWords'

const ranked = (list: string[]) => ({ length: list.length, idAt: (rank: number) => list[rank]! })

describe('rows across keystrokes', () => {
  it('gives an entry the same row in every search and in the timeline', () => {
    const a = moment('a')
    const b = moment('b')
    const byId = new Map([a, b].map((e) => [e.id, e]))
    const first = toSearchRows(byId, ranked(['a', 'b'])).rows
    const second = toSearchRows(byId, ranked(['b', 'a'])).rows
    expect(second[1]).toBe(first[2])
    expect(second[2]).toBe(first[1])
    expect(toTimelineRows([a, b], 'en-GB')[1]).toBe(first[1])
  })

  it('gives an edited entry a new row', () => {
    const a = moment('a')
    const edited = { ...a, title: 'Renamed' }
    const before = toSearchRows(new Map([['a', a]]), ranked(['a'])).rows[1]
    const after = toSearchRows(new Map([['a', edited]]), ranked(['a'])).rows[1]
    expect(after).not.toBe(before)
    expect(after).toMatchObject({ entry: { title: 'Renamed' } })
  })
})

describe('field words', () => {
  it('are the words of each field joined', () => {
    const entry = conversation('c', {
      title: 'ΟΔΥΣΣΕΥΣ and the Vendor',
      tags: ['Q3-budget', 'ΣΟΦΙΑ'],
      people: [{ name: 'Priya Shah', level: 'peer', role: 'Head of Ops' }],
      metric: { value: 3, unit: '%', measure: 'Churn rate' },
    } as never)
    const joined = [
      entry.title,
      entry.notes,
      entry.tags.join(' '),
      'Tom Berg  Priya Shah Head of Ops',
    ]
    const words = fieldWords(entry)
    joined.forEach((text, field) => {
      expect([...words[field]!.keys()]).toEqual([...new Set(wordsOf(text))])
    })
    expect([...words[4]!.keys()]).toContain('churn')
  })
})
