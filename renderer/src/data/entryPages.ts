// The entries table read in fixed slices of its primary key, one IndexedDB request each.
//
// Why slices: a single getAll of 100,000 entries is deserialised on the page's main
// thread in one task (426 ms in the benchmark), so typing and scrolling froze while the
// journal loaded. Each slice arrives as its own task, a sixteenth of the table.
//
// Why fixed bounds (ids that split the table, not "the next N after the last id"): each
// slice is then the same query on every re-read, so Dexie's live-query cache answers the
// slices a write did not touch without going back to IndexedDB, and applies a single save
// to its own slice in memory (see `cache` in db.ts).
//
// Why bounds from the stored ids: ids are UUIDs when Leadlog makes them, but a backup,
// the sample or the benchmark may bring any string ("gen-00001", "sample-…"); bounds fixed
// by the first character put all of those in one slice, one task again. So the bounds
// are ids found at even steps of the table, worked out on the first read and kept, and
// worked out again once the journal has doubled or halved since (an import, a restore).
// Whatever the bounds, every id falls in exactly one slice.
import type { Entry } from '../../../shared/entry'
import { db } from './db'
import { fromStoredMany } from './vault/codec'

/** How many slices a full read takes at most: each one task, a sixteenth of the table. */
export const SLICES = 16

interface Split {
  /** Ascending and distinct: slice i holds the ids from bounds[i - 1] up to bounds[i]. */
  bounds: string[]
  /** How many entries there were when the bounds were worked out. */
  count: number
}

let split: Split | undefined

/** The ids at even steps of the table, each read by a cursor that skips ahead in IndexedDB. */
async function evenSplit(): Promise<Split> {
  const count = await db.entries.count()
  const steps = Array.from({ length: SLICES - 1 }, (_, i) => Math.floor(((i + 1) * count) / SLICES))
  const found = await Promise.all(
    steps.map((step) => db.entries.toCollection().offset(step).limit(1).primaryKeys()),
  )
  return { bounds: [...new Set(found.flat())], count }
}

/** Still about even for `count` entries: within half to double of when worked out. */
function stillEven(kept: Split, count: number): boolean {
  return count <= 2 * kept.count + SLICES && 2 * count >= kept.count
}

/** The stored rows of one slice, in id order. */
function slice(bounds: readonly string[], index: number): Promise<Entry[]> {
  const ids = db.entries.where(':id')
  const lower = bounds[index - 1]
  const upper = bounds[index]
  if (lower === undefined && upper === undefined) return db.entries.toArray()
  if (lower === undefined) return ids.below(upper!).toArray()
  if (upper === undefined) return ids.aboveOrEqual(lower).toArray()
  return ids.between(lower, upper, true, false).toArray()
}

/**
 * Every stored entry, the trash included, in id order (as one toArray would give), read
 * slice by slice. `onSlice` hears each slice's entries, how many slices are in so far and
 * how many there are. A `first` read (the journal opened, unlocked or listened to again)
 * works the bounds out afresh.
 */
export async function readEntryPages({
  first = false,
  onSlice,
}: {
  first?: boolean
  onSlice?: (done: number, total: number, entries: Entry[]) => void
} = {}): Promise<Entry[]> {
  // Reads may overlap (a write during the first one): each keeps the split it began with.
  if (first || !split) split = await evenSplit()
  const used = split
  const { bounds } = used
  let done = 0
  const slices = await Promise.all(
    Array.from({ length: bounds.length + 1 }, async (_, index) => {
      const values = await fromStoredMany<Entry>('entries', await slice(bounds, index))
      onSlice?.(++done, bounds.length + 1, values)
      return values
    }),
  )
  const entries = slices.flat()
  if (split === used && !stillEven(used, entries.length)) split = undefined
  return entries
}
