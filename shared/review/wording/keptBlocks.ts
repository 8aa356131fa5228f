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

/** Freezes blocks or a list item all the way down: blocks, their lists and inline parts. */
function deepFreeze<R extends Block[] | Inline[]>(value: R): R {
  for (const part of value) {
    if (typeof part !== 'object') continue
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
  for (const part of line) if (typeof part === 'object') Object.freeze(part)
  Object.freeze(line)
}
