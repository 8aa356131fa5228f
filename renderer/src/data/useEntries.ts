// Live views of the entries table. Every view that needs all of it shares ONE live read
// (entriesStore.ts) and derives what it shows with pure functions; the Journal's first
// screen comes from a short index read of the newest entries (useNewestEntries).
import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react'
import type { Entry } from '../../../shared/entry'
import { memoiseByObject } from '../../../shared/format'
import { db } from './db'
import {
  allEntriesSnapshot,
  loadProgressSnapshot,
  subscribeAllEntries,
  subscribeLoadProgress,
  type LoadProgress,
} from './entriesStore'
import { afterPaint, holdFullReadUntil } from './firstScreen'
import { fromStoredMany } from './vault/codec'

/**
 * Every stored entry, the trash included, in id order; undefined while loading. One
 * plain read of the table per change, shared by every view: the journal and the review
 * sort and split it themselves, so nothing is read twice.
 */
export function useAllEntries(): Entry[] | undefined {
  return useSyncExternalStore(subscribeAllEntries, allEntriesSnapshot)
}

/** How far the first read of every entry is (null when not reading): for a progress bar. */
export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(subscribeLoadProgress, loadProgressSnapshot)
}

/**
 * The live entries newest first, as the occurredOn index orders them (ties by id, the
 * newest id first). Worked out once per read of the table, however many views ask:
 * the cache is keyed by the read's array, which is never changed once handed out.
 */
const liveNewestFirst = memoiseByObject((all: readonly Entry[]): Entry[] =>
  all
    .filter((entry) => entry.deletedAt === undefined)
    .sort((a, b) =>
      a.occurredOn !== b.occurredOn
        ? a.occurredOn < b.occurredOn
          ? 1
          : -1
        : a.id < b.id
          ? 1
          : a.id > b.id
            ? -1
            : 0,
    ),
)

/** Every entry not in the trash, newest first; undefined while loading. */
export function useLiveEntries(): Entry[] | undefined {
  const all = useAllEntries()
  return all && liveNewestFirst(all)
}

/**
 * useAllEntries, but the first full read reaches the caller one render later, in a render
 * React can interrupt and split between components. The store hands a read to every view
 * in one synchronous render; deriving a large journal there (rows, filters, this week)
 * would be one long task. Later changes arrive at once: a saved entry shows in the same
 * frame.
 */
export function useAllEntriesDeferred(): Entry[] | undefined {
  const all = useAllEntries()
  const loaded = useDeferredValue(all !== undefined)
  return loaded ? all : undefined
}

/** useLiveEntries, with the first full read deferred as in useAllEntriesDeferred. */
export function useLiveEntriesDeferred(): Entry[] | undefined {
  const all = useAllEntriesDeferred()
  return all && liveNewestFirst(all)
}

/** Rows for a first screen: more than any window shows at once. */
export const FIRST_SCREEN_ROWS = 100

/**
 * The newest `FIRST_SCREEN_ROWS` entries not in the trash, from the occurredOn index
 * (in clear in an encrypted journal too, as is deletedAt, so only these rows are
 * opened), while `wanted`; undefined before the read and when not wanted. While its
 * first rows are on their way to the screen, it holds the full read (firstScreen.ts).
 */
export function useNewestEntries(wanted: boolean): Entry[] | undefined {
  const rows = useLiveQuery(async () => {
    if (!wanted) return undefined
    const stored = await db.entries
      .orderBy('occurredOn')
      .reverse()
      .filter((row) => (row as Entry).deletedAt === undefined)
      .limit(FIRST_SCREEN_ROWS)
      .toArray()
    return fromStoredMany<Entry>('entries', stored as Entry[])
  }, [wanted])
  // Made on the first render, so the hold is in place before the full read can start.
  const [painted] = useState(() => (wanted ? deferred() : null))
  useEffect(() => {
    if (painted) holdFullReadUntil(painted.promise)
    return () => painted?.resolve()
  }, [painted])
  useEffect(() => {
    if (painted && rows !== undefined) void afterPaint().then(painted.resolve)
  }, [painted, rows])
  return wanted ? rows : undefined
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}
