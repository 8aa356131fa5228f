// The shared read of the entries table (issue 19): every view gets the same array from
// one read, the live list is in the occurredOn index's order (newest first, ties by the
// newest id) without the trash, and the first screen is the newest live entries only.
import { beforeEach, describe, expect, it } from 'vitest'
import { renderHook, waitFor } from '@testing-library/react'
import type { Entry } from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import {
  loadProgressSnapshot,
  subscribeLoadProgress,
} from '../../../../renderer/src/data/entriesStore'
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

  it('follows a journal that grows from empty (the sample, an import) and shrinks again', async () => {
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(0))
    await db.entries.bulkPut(journal(40))
    await waitFor(() => expect(all.result.current).toHaveLength(40))
    await db.entries.bulkPut(journal(400))
    await waitFor(() => expect(all.result.current).toHaveLength(400))
    await db.entries.bulkDelete(
      journal(400)
        .map((e) => e.id)
        .slice(3),
    )
    await waitFor(() => expect(all.result.current).toHaveLength(3))
    all.unmount()
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

describe('the read in slices', () => {
  it('gives every entry once, in id order, whatever its id starts with', async () => {
    const ids = ['0a', '1', '19', '2f', '9', 'a0', 'f', 'ff', 'sample-01', 'Z', 'É', '-', '0']
    const entries = ids.map((id, i) => ({ ...journal(ids.length)[i]!, id }))
    await db.entries.bulkPut(entries)
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(ids.length))
    expect(all.result.current!.map((e) => e.id)).toEqual(await db.entries.toCollection().keys())
    all.unmount()
  })

  it('reports the first read slice by slice, then nothing', async () => {
    await db.entries.bulkPut(journal(60))
    const seen: (number | null)[] = []
    const stop = subscribeLoadProgress(() => seen.push(loadProgressSnapshot()?.done ?? null))
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(60))
    stop()
    expect(seen[0]).toBe(0)
    expect(seen.at(-1)).toBeNull()
    // Every slice counted once, in order.
    expect(seen.slice(0, -1)).toEqual(Array.from({ length: 17 }, (_, i) => i))
    all.unmount()
  })

  it('splits the table evenly whatever the ids look like', async () => {
    // One prefix for every id (generated, imported or sample ids): bounds by the first
    // character would put the whole journal in one slice, one long task.
    const entries = journal(160).map((entry, i) => ({
      ...entry,
      id: `gen-${String(i).padStart(5, '0')}`,
    }))
    await db.entries.bulkPut(entries)
    const sizes: number[] = []
    const stop = subscribeLoadProgress(() => {
      const progress = loadProgressSnapshot()
      if (progress?.done) sizes.push(progress.entries.length)
    })
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(160))
    stop()
    // Sixteen slices of ten: each arrives as its own task.
    expect(sizes).toEqual(Array.from({ length: 16 }, (_, i) => 10 * (i + 1)))
    all.unmount()
  })

  it('keeps the object of every entry a write did not change', async () => {
    await db.entries.bulkPut(journal(40))
    const all = renderHook(() => useAllEntries())
    await waitFor(() => expect(all.result.current).toHaveLength(40))
    const before = all.result.current!
    // A single save (answered from the live-query cache) and a write in a transaction
    // (its slice read again from IndexedDB): both change only their own entry.
    const edited = { ...before[5]!, title: 'Edited title' }
    await db.entries.put(edited)
    await waitFor(() => expect(all.result.current![5]!.title).toBe('Edited title'))
    const trashed = { ...before[9]!, deletedAt: '2026-11-02T00:00:00.000Z' }
    await db.transaction('rw', db.entries, () => db.entries.bulkPut([trashed]))
    await waitFor(() => expect(all.result.current![9]!.deletedAt).toBe(trashed.deletedAt))
    const after = all.result.current!
    after.forEach((entry, i) => {
      if (i === 5 || i === 9) expect(entry).not.toBe(before[i])
      else expect(entry).toBe(before[i])
    })
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
