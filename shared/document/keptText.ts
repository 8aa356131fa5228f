// The text a renderer made for a frozen block or list item, kept: a frozen value cannot
// change, so its text is what it was. A review freezes the blocks it keeps for an
// unchanged entry (shared/review/wording/keptBlocks.ts), so each format renders them once.
import { memoiseByObject } from '../format'

/** `render`, remembered for frozen values; anything else is rendered every time. */
export function keptForFrozen<T extends object>(
  render: (value: T) => string,
): (value: T) => string {
  const kept = memoiseByObject(render)
  return (value) => (Object.isFrozen(value) ? kept(value) : render(value))
}

/**
 * The texts of `items` with `separator` between them, added one after another rather than
 * joined: V8 then links the pieces (most of them kept texts) instead of copying a review
 * of hundreds of thousands of characters into one new string. Whoever needs the text in
 * one piece (a file write, a hash) pays that copy once.
 */
export function linked<T>(
  items: readonly T[],
  text: (item: T) => string,
  separator: string,
): string {
  let out = ''
  for (let i = 0; i < items.length; i++)
    out = i === 0 ? text(items[0]!) : out + separator + text(items[i]!)
  return out
}
