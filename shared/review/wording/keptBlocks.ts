// The blocks an item was worded as, kept per item object. A section gives back the same
// item for an entry that says the same as last time (sections/kept.ts), so its wording is
// made once; the blocks are frozen, which tells the Markdown renderer it may keep their
// text too (shared/document/markdown.ts), and guarantees nobody changes them after.
import type { Block, Inline } from '../../document'
import { memoiseByObject } from '../../format'

/** `word`, remembered per item: the same item object always gives the same frozen result. */
export function keptPerItem<T extends object, R extends Block[] | Inline[]>(
  word: (item: T) => R,
): (item: T) => R {
  return memoiseByObject((item: T) => deepFreeze(word(item)))
}

/**
 * `word` over a run of items (a section's moments, a competency's evidence), remembered
 * per run: the same item objects in the same order give the same frozen result, so a
 * renderer keeps its text whole (shared/document/keptText.ts) and a period shown before
 * prints its sections without walking their blocks. A run is found by its first item;
 * a few runs per first item are kept (the same quarter before and after an edit), the
 * latest first. The items hold the runs, so they go when the entries do.
 */
export function keptPerRun<T extends object, R extends Block[] | Inline[]>(
  word: (items: readonly T[]) => R,
): (items: readonly T[]) => R {
  const made = new WeakMap<T, { items: readonly T[]; result: R }[]>()
  return (items) => {
    const first = items[0]
    if (first === undefined) return word(items)
    let runs = made.get(first)
    if (runs === undefined) {
      runs = []
      made.set(first, runs)
    }
    const at = runs.findIndex((run) => sameItems(run.items, items))
    if (at >= 0) return runs[at]!.result
    const result = deepFreeze(word(items))
    runs.unshift({ items: items.slice(), result })
    if (runs.length > RUNS_PER_FIRST) runs.pop()
    return result
  }
}

/** Runs kept per first item: enough for a period, its edits and the previous period. */
const RUNS_PER_FIRST = 4

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Freezes blocks or a list item all the way down: blocks, their lists and inline parts.
 * What is frozen already was frozen here, all the way down (a run's blocks are its items'
 * kept blocks), so it is passed over.
 */
function deepFreeze<R extends Block[] | Inline[]>(value: R): R {
  for (const part of value) {
    if (typeof part !== 'object' || Object.isFrozen(part)) continue
    if ('type' in part) {
      if (part.type === 'paragraph') freezeLine(part.content)
      else if (part.type === 'list') {
        part.items.forEach(freezeLine)
        Object.freeze(part.items)
      } else if (part.type === 'table') {
        for (const row of [part.head, ...part.rows, part.numeric]) Object.freeze(row)
        Object.freeze(part.rows)
      }
    }
    Object.freeze(part)
  }
  return Object.freeze(value)
}

function freezeLine(line: Inline[]): void {
  if (Object.isFrozen(line)) return
  for (const part of line) if (typeof part === 'object') Object.freeze(part)
  Object.freeze(line)
}
