// The live entries of a period, sorted by date then id, kept per journal array and range
// (see shared/readiness/perJournal.ts): the Review view going back to a period it showed
// finds them as they were. A new array that differs from the one before in a few entries
// (what the data layer hands out after a save: the same objects for every entry that did
// not change) has the lists of the one before patched for those entries, rather than
// 10,000 entries filtered and sorted again. The lists are only read, never changed.
import { onForgetJournal, type Entry } from '../entry'
import { perJournal } from '../readiness'

interface Range {
  from: string
  to: string
}

const rangesIn = perJournal((_entries: readonly Entry[]) => new Map<string, Entry[]>())

/** A handful of periods at most are looked at in one sitting; past that, start over. */
const MAX_RANGES = 16
/** More changed entries than an edit or an import of a few makes: filtered afresh. */
const MAX_PATCHED = 32

/**
 * The journal array read last, held weakly (it goes when the journal does) and dropped
 * when an encrypted journal locks: the next array is compared with it.
 */
let previous: WeakRef<readonly Entry[]> | undefined
onForgetJournal(() => {
  previous = undefined
})

export function inRangesOf(entries: readonly Entry[], ranges: readonly Range[]): Entry[][] {
  const known = rangesIn(entries)
  const key = (range: Range) => `${range.from}..${range.to}`
  const missing = ranges.filter((range) => !known.has(key(range)))
  const before = previous?.deref()
  if (missing.length > 0) {
    if (known.size + missing.length > MAX_RANGES) known.clear()
    const lists = before && before !== entries ? patched(before, entries, missing) : undefined
    ;(lists ?? inRanges(entries, missing)).forEach((list, i) => known.set(key(missing[i]!), list))
  }
  if (before !== entries) previous = new WeakRef(entries)
  return ranges.map((range) => known.get(key(range))!)
}

/**
 * The ranges' lists of `before` with the entries that differ in `entries` taken out and
 * put in, or undefined when that is not sure to give what filtering and sorting would:
 * another length, too many changes, a range `before` has no list for, or two entries of
 * the same day and id (their order is then the array's, which patching does not keep).
 */
function patched(
  before: readonly Entry[],
  entries: readonly Entry[],
  ranges: readonly Range[],
): Entry[][] | undefined {
  if (before.length !== entries.length) return undefined
  const known = rangesIn(before)
  const lists = ranges.map((range) => known.get(`${range.from}..${range.to}`)?.slice())
  if (lists.some((list) => list === undefined)) return undefined
  let changed = 0
  for (let i = 0; i < entries.length; i++) {
    const was = before[i]!
    const now = entries[i]!
    if (was === now) continue
    if (++changed > MAX_PATCHED) return undefined
    for (let r = 0; r < ranges.length; r++) {
      const list = lists[r]!
      if (isIn(was, ranges[r]!)) list.splice(list.indexOf(was), 1)
      if (isIn(now, ranges[r]!) && !insert(list, now)) return undefined
    }
  }
  return lists as Entry[][]
}

/** Puts the entry in its sorted place; false when an entry of the same day and id is there. */
function insert(list: Entry[], entry: Entry): boolean {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const order = byDateThenId(list[middle]!, entry)
    if (order === 0) return false
    if (order < 0) low = middle + 1
    else high = middle
  }
  list.splice(low, 0, entry)
  return true
}

function isIn(entry: Entry, range: Range): boolean {
  return (
    entry.deletedAt === undefined && entry.occurredOn >= range.from && entry.occurredOn <= range.to
  )
}

function byDateThenId(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
}

/** The live entries of each range, sorted by date then id: one pass over the journal. */
function inRanges(entries: readonly Entry[], ranges: readonly Range[]): Entry[][] {
  const found = ranges.map((): Entry[] => [])
  for (const e of entries) {
    if (e.deletedAt !== undefined) continue
    const day = e.occurredOn
    for (let i = 0; i < ranges.length; i++) {
      const range = ranges[i]!
      if (day >= range.from && day <= range.to) found[i]!.push(e)
    }
  }
  return found.map((list) => list.sort(byDateThenId))
}
