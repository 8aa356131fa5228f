// The search index is synced incrementally and finds words by prefix and with a typo.
import { describe, expect, it, vi } from 'vitest'
import { useEffect } from 'react'
import { renderHook, waitFor } from '@testing-library/react'
import {
  createSearchIndex,
  SearchIndex,
} from '../../../../renderer/src/features/journal/searchIndex'
import {
  isQuickSearch,
  searchEntries,
  type SearchResults,
} from '../../../../renderer/src/features/journal/searchResults'
import {
  INDEX_CHUNK,
  syncSearchIndex,
  syncSearchIndexInSlices,
} from '../../../../renderer/src/features/journal/searchSync'
import { useSearch } from '../../../../renderer/src/features/journal/useSearch'
import {
  applyFilters,
  NO_FILTERS,
  snippetFor,
  summaryOf,
  toSearchRows,
  toTimelineRows,
} from '../../../../renderer/src/features/journal/timelineModel'
import { conversation, moment } from './fixtures'

const ids = (found: SearchResults) => [...found.ids].sort()
const ranked = (list: string[]) => ({ length: list.length, idAt: (rank: number) => list[rank]! })

describe('search index', () => {
  const a = moment('a', { title: 'Roadmap workshop', notes: 'We reforecast the budget together.' })
  const b = conversation('b', { tags: ['vendor'] })

  it('knows what a search costs before running it: the postings its words hold', () => {
    const index = createSearchIndex()
    const many = Array.from({ length: 30 }, (_, i) =>
      moment(`m${i}`, { title: 'Budget review', notes: 'budgeting' }),
    )
    syncSearchIndex(index, new Map(), many)
    // "budget" is in 30 titles; as a prefix it also reaches "budgeting" in 30 notes.
    expect(index.postingsRead('budget', false)).toBe(30)
    expect(index.postingsRead('budget', true)).toBe(60)
    expect(index.postingsRead('budget review', false)).toBe(60)
    expect(index.postingsRead('nothing', true)).toBe(0)
    expect(isQuickSearch(index, 'bu')).toBe(true)
  })

  it('finds by title, notes, tags, people and kind fields, with prefixes', () => {
    const index = createSearchIndex()
    syncSearchIndex(index, new Map(), [a, b])
    expect(ids(searchEntries(index, 'reforeca'))).toEqual(['a'])
    expect(ids(searchEntries(index, 'vendor'))).toEqual(['b'])
    expect(ids(searchEntries(index, 'berg'))).toEqual(['b'])
    expect(ids(searchEntries(index, 'date holds'))).toEqual(['b'])
    expect(ids(searchEntries(index, 'workshp'))).toEqual(['a'])
    expect(searchEntries(index, '   ').ids).toEqual([])
  })

  it('forgives a typo only when nothing matches exactly or by prefix', () => {
    const index = createSearchIndex()
    const near = moment('n', { title: 'Budgets', notes: '' })
    const exact = moment('e', { title: 'Budget', notes: '' })
    const typo = moment('t', { title: 'Budgat', notes: '' })
    syncSearchIndex(index, new Map(), [near, exact, typo])
    expect(ids(searchEntries(index, 'budget'))).toEqual(['e', 'n'])
    expect(ids(searchEntries(index, 'budgex'))).toEqual(['e'])
  })

  it('touches only what changed', () => {
    const index = createSearchIndex()
    let versions = syncSearchIndex(index, new Map(), [a, b])
    const add = vi.spyOn(index, 'addAll')
    const replace = vi.spyOn(index, 'replace')
    const discard = vi.spyOn(index, 'discard')
    const edited = { ...a, title: 'Budget offsite', updatedAt: '2026-02-01T00:00:00.000Z' }
    versions = syncSearchIndex(index, versions, [edited, b])
    expect(replace).toHaveBeenCalledTimes(1)
    expect(add).not.toHaveBeenCalled()
    expect(ids(searchEntries(index, 'offsite'))).toEqual(['a'])
    expect(searchEntries(index, 'roadmap').ids).toEqual([])
    syncSearchIndex(index, versions, [edited])
    expect(discard).toHaveBeenCalledWith('b')
    expect(searchEntries(index, 'vendor').ids).toEqual([])
  })
})

describe('timeline model', () => {
  it('groups by month, newest first as given', () => {
    const rows = toTimelineRows(
      [
        moment('x', { occurredOn: '2026-03-20' }),
        moment('y', { occurredOn: '2026-03-02' }),
        moment('z', { occurredOn: '2026-01-09' }),
      ],
      'en-GB',
    )
    expect(rows.map((r) => (r.type === 'month' ? `${r.label} (${r.count})` : r.key))).toEqual([
      'March 2026 (2)',
      'x',
      'y',
      'January 2026 (1)',
      'z',
    ])
  })

  it('names the months in the locale given', () => {
    const rows = toTimelineRows([moment('x', { occurredOn: '2026-03-20' })], 'de-DE')
    expect(rows[0]).toMatchObject({ type: 'month', label: 'März 2026', count: 1 })
  })

  it('orders search results by rank', () => {
    const { rows } = toSearchRows(
      new Map([moment('x'), moment('y')].map((e) => [e.id, e])),
      ranked(['y', 'z', 'x']),
    )
    expect(rows.map((r) => r.key)).toEqual(['search', 'y', 'x'])
  })

  it('without filters stops reading at the limit and counts the rest', () => {
    const entries = new Map(['a', 'b', 'c', 'd'].map((id) => [id, moment(id)]))
    const read: number[] = []
    const ids = ['d', 'gone', 'a', 'b', 'c']
    const spy = { length: ids.length, idAt: (rank: number) => (read.push(rank), ids[rank]!) }
    const { rows, matches } = toSearchRows(entries, spy, 2, true)
    expect(rows.map((r) => r.key)).toEqual(['search', 'd', 'a'])
    expect(read).toEqual([0, 1, 2])
    expect(matches).toBe(4)
  })

  it('lists only the best hits but counts them all', () => {
    const entries = new Map(['a', 'b', 'c'].map((id) => [id, moment(id)]))
    const { rows, matches } = toSearchRows(entries, ranked(['c', 'a', 'b']), 2)
    expect(matches).toBe(3)
    expect(rows.map((r) => r.key)).toEqual(['search', 'c', 'a'])
    expect(rows[0]?.type === 'month' && rows[0].count).toBe(3)
  })

  it('matches a one-letter query as a whole word only', () => {
    const index = createSearchIndex()
    syncSearchIndex(index, new Map(), [
      moment('p', { title: 'Plan B agreed', notes: '' }),
      moment('q', { title: 'Budget', notes: '' }),
    ])
    expect(ids(searchEntries(index, 'b'))).toEqual(['p'])
    expect(ids(searchEntries(index, 'bu'))).toEqual(['q'])
  })

  it('filters by kind, competency, person, tag and dates', () => {
    const list = [
      moment('m', { occurredOn: '2026-03-01', tags: ['q1'] }),
      conversation('c', { occurredOn: '2026-04-01' }),
    ]
    const keys = (f: Partial<typeof NO_FILTERS>) =>
      applyFilters(list, { ...NO_FILTERS, ...f }).map((e) => e.id)
    expect(keys({})).toEqual(['m', 'c'])
    expect(keys({ kind: 'difficult-conversation' })).toEqual(['c'])
    expect(keys({ competency: 'strategy' })).toEqual(['m'])
    expect(keys({ person: 'Tom Berg' })).toEqual(['c'])
    expect(keys({ tag: 'q1' })).toEqual(['m'])
    expect(keys({ from: '2026-03-15' })).toEqual(['c'])
    expect(keys({ to: '2026-03-15' })).toEqual(['m'])
  })

  it('cuts a snippet around the first match', () => {
    const entry = moment('s', {
      notes: `${'x '.repeat(100)}the reforecast happened ${'y '.repeat(100)}`,
    })
    const snippet = snippetFor(entry, ['reforecast'])
    expect(snippet).toContain('reforecast')
    expect(snippet.startsWith('…')).toBe(true)
  })

  it('shows a note’s words, not its Markdown', () => {
    const entry = moment('md', {
      notes:
        'Ended with a **licence audit** and [the report](https://example.com).\n\n' +
        '| item | seats paid |\n| --- | --- |\n| CRM | 420 |\n\n- [x] cancel ~~spare~~ seats',
    })
    const snippet = snippetFor(entry, ['crm'])
    expect(snippet).toContain('CRM 420')
    expect(snippet).not.toMatch(/\*\*|\||---|\[x\]|~~|\]\(/)
    const summary = summaryOf(entry)
    expect(summary).toBe(
      'Ended with a licence audit and the report. item seats paid CRM 420 cancel spare seats',
    )
  })
})

describe('building the index in slices', () => {
  const many = Array.from({ length: INDEX_CHUNK + 3 }, (_, i) =>
    moment(`m${i}`, { title: i === INDEX_CHUNK + 1 ? 'Lighthouse review' : `Entry ${i}` }),
  )

  it('adds every entry, pausing between slices', async () => {
    const index = createSearchIndex()
    const pause = vi.fn(() => Promise.resolve(true))
    const versions = await syncSearchIndexInSlices(index, new Map(), many, pause)
    expect(pause).toHaveBeenCalledTimes(1)
    expect(versions?.size).toBe(many.length)
    expect(ids(searchEntries(index, 'lighthouse'))).toEqual([`m${INDEX_CHUNK + 1}`])
  })

  it('stops when the pause says so', async () => {
    const index = createSearchIndex()
    const versions = await syncSearchIndexInSlices(index, new Map(), many, () =>
      Promise.resolve(false),
    )
    expect(versions).toBeNull()
    expect(index.documentCount).toBe(INDEX_CHUNK)
  })
})

describe('useSearch', () => {
  it('says search is being prepared until the index is built, then finds', async () => {
    const entries = [moment('a', { title: 'Roadmap workshop' }), moment('b', { title: 'Budget' })]
    const { result, rerender } = renderHook(({ query }) => useSearch(entries, query), {
      initialProps: { query: 'roadmap' },
    })
    expect(result.current.preparing).toBe(true)
    await waitFor(() => expect(result.current.preparing).toBe(false))
    expect(result.current.hits?.ids).toEqual(['a'])
    rerender({ query: '' })
    expect(result.current.hits).toBeNull()
  })

  it('answers a cheap query in the keystroke’s own render, and defers a costly one', async () => {
    const entries = [moment('a', { title: 'Roadmap workshop' }), moment('b', { title: 'Budget' })]
    const answered: string[] = []
    const { result, rerender } = renderHook(
      ({ query }) => {
        const state = useSearch(entries, query)
        // Once per commit: what reached the screen.
        useEffect(() => void answered.push(state.query))
        return state
      },
      { initialProps: { query: 'budget' } },
    )
    await waitFor(() => expect(result.current.preparing).toBe(false))
    answered.length = 0
    rerender({ query: 'roadmap' })
    // One render: the results come with the typed letter, no second (deferred) render.
    expect(answered).toEqual(['roadmap'])
    expect(result.current.hits?.ids).toEqual(['a'])

    const costly = vi.spyOn(SearchIndex.prototype, 'postingsRead').mockReturnValue(1e9)
    answered.length = 0
    rerender({ query: 'budg' })
    // The keystroke's render keeps the results on screen; the deferred one answers.
    expect(answered).toEqual(['roadmap', 'budg'])
    expect(result.current.hits?.ids).toEqual(['b'])
    costly.mockRestore()
  })

  it('keeps the index in step with later changes', async () => {
    const first = [moment('a', { title: 'Roadmap workshop' })]
    const { result, rerender } = renderHook(({ list }) => useSearch(list, 'offsite'), {
      initialProps: { list: first },
    })
    await waitFor(() => expect(result.current.preparing).toBe(false))
    expect(result.current.hits?.ids).toEqual([])
    rerender({ list: [...first, moment('c', { title: 'Team offsite' })] })
    await waitFor(() => expect(result.current.hits?.ids).toEqual(['c']))
  })
})
