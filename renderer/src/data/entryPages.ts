// The entries table read in fixed slices of its primary key, one IndexedDB request each.
//
// Why slices: a single getAll of 100,000 entries is deserialised on the page's main
// thread in one task (426 ms in the benchmark), so typing and scrolling froze while the
// journal loaded. Each slice arrives as its own task, a sixteenth of the table.
//
// Why fixed bounds (by the id's first character, not "the next N after the last id"):
// each slice is then the same query on every re-read, so Dexie's live-query cache
// answers the slices a write did not touch without going back to IndexedDB, and applies
// a single save to its own slice in memory (see `cache` in db.ts). Any string id falls
// in exactly one slice; ids are random UUIDs, so the slices are about even.
import type { Entry } from '../../../shared/entry'
import { db } from './db'
import { fromStoredMany } from './vault/codec'

const BOUNDS = [...'123456789abcdef']

/** The stored rows of one slice, in id order. */
function slice(index: number): Promise<Entry[]> {
  const ids = db.entries.where(':id')
  const lower = BOUNDS[index - 1]
  const upper = BOUNDS[index]
  if (lower === undefined) return ids.below(upper!).toArray()
  if (upper === undefined) return ids.aboveOrEqual(lower).toArray()
  return ids.between(lower, upper, true, false).toArray()
}

export const SLICES = BOUNDS.length + 1

/**
 * Every stored entry, the trash included, in id order (as one toArray would give),
 * read slice by slice; `onSlice` hears each slice's entries and how many are in so far.
 */
export async function readEntryPages(
  onSlice?: (done: number, entries: Entry[]) => void,
): Promise<Entry[]> {
  let done = 0
  const slices = await Promise.all(
    Array.from({ length: SLICES }, async (_, index) => {
      const values = await fromStoredMany<Entry>('entries', await slice(index))
      onSlice?.(++done, values)
      return values
    }),
  )
  return slices.flat()
}
