// The shared read of the entries table (issue 19): every view gets the same array from
// one read, the live list is in the occurredOn index's order (newest first, ties by the
// newest id) without the trash, and the first screen is the newest live entries only.
import { beforeEach, describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import type { Entry } from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import {
  FIRST_SCREEN_ROWS,
  useAllEntries,
  useLiveEntries,
  useNewestEntries,
} from '../../../../renderer/src/data/useEntries'
import { fixtureJournal } from '../../../fixtures/journal'

function journal(count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    ...structuredClone(fixtureJournal[i % fixtureJournal.length]!),
    id: `e-${String(i).padStart(4, '0')}`,
    // Pairs share a day, so the tie-break by id shows.
    occurredOn: `2026-0${1 + (Math.floor(i / 2) % 9)}-1${Math.floor(i / 18) % 10}`,
    deletedAt: i % 7 === 0 ? '2026-11-01T00:00:00.000Z' : undefined,
  }))
}

function indexOrder(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1
  return a.id < b.id ? 1 : -1
}

beforeEach(async () => {
  await db.entries.clear()
})

describe('the shared read of every entry', () => {
  it('gives every view the same array, and the live entries in the index order', async () => {
    const entries = journal(150)
    await db.entries.bulkPut(entries)
    const first = renderHook(() => useAllEntries())
    const second = renderHook(() => useAllEntries())
    const live = renderHook(() => useLiveEntries())
    await waitFor(() => expect(first.result.current).toHaveLength(150))
    await waitFor(() => expect(live.result.current).toBeDefined())
    expect(second.result.current).toBe(first.result.current)
    const expected = entries.filter((e) => e.deletedAt === undefined).sort(indexOrder)
    expect(live.result.current!.map((e) => e.id)).toEqual(expected.map((e) => e.id))
    first.unmount()
    second.unmount()
    live.unmount()
  })

  it('follows writes', async () => {
    await db.entries.bulkPut(journal(3))
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(3))
    await db.entries.put({ ...journal(4)[3]!, id: 'e-new' })
    await waitFor(() => expect(all.result.current).toHaveLength(4))
    all.unmount()
  })
})

describe('the first screen', () => {
  it('is the newest live entries from the index, only while wanted', async () => {
    const entries = journal(250)
    await db.entries.bulkPut(entries)
    const newest = renderHook(({ wanted }) => useNewestEntries(wanted), {
      initialProps: { wanted: true },
    })
    await waitFor(() => expect(newest.result.current).toBeDefined())
    const expected = entries.filter((e) => e.deletedAt === undefined).sort(indexOrder)
    expect(newest.result.current!.map((e) => e.id)).toEqual(
      expected.slice(0, FIRST_SCREEN_ROWS).map((e) => e.id),
    )
    newest.rerender({ wanted: false })
    expect(newest.result.current).toBeUndefined()
    newest.unmount()
  })
})
