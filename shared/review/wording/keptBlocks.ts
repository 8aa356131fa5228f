// The blocks an item was worded as, kept per item object. A section gives back the same
// item for an entry that says the same as last time (sections/kept.ts), so its wording is
// made once; the blocks are frozen, which tells the Markdown renderer it may keep their
// text too (shared/document/markdown.ts), and guarantees nobody changes them after.
import type { Block, Inline } from '../../document'

/** `word`, remembered per item: the same item object always gives the same frozen result. */
export function keptPerItem<T extends object, R extends Block[] | Inline[]>(
  word: (item: T) => R,
): (item: T) => R {
  const made = new WeakMap<T, R>()
  return (item) => {
    let result = made.get(item)
    if (result === undefined) {
      result = deepFreeze(word(item))
      made.set(item, result)
    }
    return result
  }
}

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
