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
