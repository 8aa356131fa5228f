// An entry's item as a section last built it, given back in place of a new one that says
// exactly the same. The wording keeps the blocks it made for an item, and the Markdown
// renderer the text of those blocks (wording/keptBlocks.ts), so an unchanged entry costs
// a comparison, not its wording and escaping again: what lets the review follow the user
// from one period to another, and from one read of the journal to the next (the data
// layer hands the same object back for an entry that did not change).
//
// Only items whose fields are plain values (text, numbers, flags) are kept: comparing
// them field by field is exact. The review is never changed once built (its items are
// read by the renderers and the export only), so one item may serve several reviews.
import type { Entry } from '../../entry'

type Plain = Record<string, string | number | boolean | undefined>

/** One table per section, so an entry costs no table of its own. */
const KEPT = new Map<string, WeakMap<Entry, Plain>>()

/** The item this section last built for this entry when it is the same as `item`, else `item`. */
export function kept<T extends object>(entry: Entry, section: string, item: T): T {
  let bySection = KEPT.get(section)
  if (bySection === undefined) {
    bySection = new WeakMap()
    KEPT.set(section, bySection)
  }
  const held = bySection.get(entry)
  if (held !== undefined && sameFields(held, item as Plain)) return held as T
  bySection.set(entry, item as Plain)
  return item
}

/**
 * The same keys in the same order, with the same values. Walked with for…in rather than
 * Object.keys, which would make two arrays for every item of every build.
 */
function sameFields(a: Plain, b: Plain): boolean {
  let count = 0
  for (const key in a) KEYS[count++] = key
  let i = 0
  for (const key in b) {
    if (i >= count || key !== KEYS[i] || a[key] !== b[key]) return false
    i++
  }
  return i === count
}

/** The keys of the item compared last; reused, as comparing never nests. */
const KEYS: string[] = []
