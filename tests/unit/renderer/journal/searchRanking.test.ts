// The search index ranks, combines terms and highlights the way the timeline needs, and
// stays correct as entries are edited and removed.
import { describe, expect, it } from 'vitest'
import { createSearchIndex } from '../../../../renderer/src/features/journal/searchIndex'
import { searchEntries } from '../../../../renderer/src/features/journal/searchResults'
import { syncSearchIndex } from '../../../../renderer/src/features/journal/searchSync'
import { boundedDistance } from '../../../../renderer/src/features/journal/searchWords'
import { moment } from './fixtures'

const plain = { notes: '', situation: '', task: '', action: '', result: '' }

function indexOf(...entries: ReturnType<typeof moment>[]) {
  const index = createSearchIndex()
  syncSearchIndex(index, new Map(), entries)
  return index
}

describe('ranking', () => {
  it('puts a title match above a notes match', () => {
    const index = indexOf(
      moment('notes', { ...plain, title: 'Weekly sync', notes: 'Talked about the vendor' }),
      moment('title', { ...plain, title: 'Vendor review', notes: 'Talked it through' }),
    )
    expect(searchEntries(index, 'vendor').ids).toEqual(['title', 'notes'])
  })

  it('puts the exact word above a longer word it begins', () => {
    const index = indexOf(
      moment('longer', { ...plain, title: 'Budgeting day' }),
      moment('exact', { ...plain, title: 'Budget day' }),
    )
    expect(searchEntries(index, 'budget').ids).toEqual(['exact', 'longer'])
  })

  it('keeps the given order among equal matches', () => {
    const index = indexOf(
      moment('newer', { ...plain, title: 'Offsite' }),
      moment('older', { ...plain, title: 'Offsite' }),
    )
    expect(searchEntries(index, 'offsite').ids).toEqual(['newer', 'older'])
  })

  it('needs every word of the query, each possibly as a prefix', () => {
    const index = indexOf(
      moment('both', { ...plain, title: 'Budget gap', notes: '' }),
      moment('one', { ...plain, title: 'Budget review', notes: '' }),
    )
    expect(searchEntries(index, 'budget ga').ids).toEqual(['both'])
    expect(searchEntries(index, 'gap budget').ids).toEqual(['both'])
    expect(searchEntries(index, 'budget zebra').ids).toEqual([])
  })
})

describe('highlights', () => {
  it('lists the words of an entry the query matched, longest first', () => {
    const budgeting = moment('a', { ...plain, title: 'Budget and budgeting', notes: 'bud' })
    const index = indexOf(budgeting, moment('b', { ...plain, title: 'Budgets' }))
    const found = searchEntries(index, 'budg')
    expect(found.termsFor(budgeting)).toEqual(['budgeting', 'budget'])
  })

  it('names the word a typo matched', () => {
    const workshop = moment('w', { ...plain, title: 'Roadmap workshop' })
    const found = searchEntries(indexOf(workshop), 'workshp')
    expect(found.ids).toEqual(['w'])
    expect(found.termsFor(workshop)).toEqual(['workshop'])
  })
})

describe('changes', () => {
  it('forgets words of a replaced entry and finds its new ones', () => {
    const first = moment('a', { ...plain, title: 'Roadmap' })
    const index = createSearchIndex()
    let versions = syncSearchIndex(index, new Map(), [first])
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo']
    for (const [i, word] of words.entries()) {
      const edited = { ...first, title: `Roadmap ${word}`, updatedAt: `2026-02-0${i + 1}` }
      versions = syncSearchIndex(index, versions, [edited])
    }
    expect(index.documentCount).toBe(1)
    expect(searchEntries(index, 'roadmap').ids).toEqual(['a'])
    expect(searchEntries(index, 'echo').ids).toEqual(['a'])
    expect(searchEntries(index, 'delta').ids).toEqual([])
  })

  it('stays correct after dropping many removed entries', () => {
    const many = Array.from({ length: 2500 }, (_, i) =>
      moment(`m${i}`, { ...plain, title: i % 2 ? 'Odd planning' : 'Even planning' }),
    )
    const index = createSearchIndex()
    const versions = syncSearchIndex(index, new Map(), many)
    const kept = many.filter((_, i) => i % 10 === 0)
    syncSearchIndex(index, versions, kept)
    expect(index.documentCount).toBe(kept.length)
    expect(searchEntries(index, 'planning').ids).toEqual(kept.map((e) => e.id))
    expect(searchEntries(index, 'odd').ids).toEqual([])
  })
})

describe('boundedDistance', () => {
  it('counts edits up to the limit and gives -1 beyond it', () => {
    expect(boundedDistance('budget', 'budget', 1)).toBe(0)
    expect(boundedDistance('budgex', 'budget', 1)).toBe(1)
    expect(boundedDistance('vendro', 'vendor', 1)).toBe(-1)
    expect(boundedDistance('vendro', 'vendor', 2)).toBe(2)
    expect(boundedDistance('plan', 'planning', 2)).toBe(-1)
  })
})
