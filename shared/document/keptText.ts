// The text a renderer made for a frozen block or list item, kept: a frozen value cannot
// change, so its text is what it was. A review freezes the blocks it keeps for an
// unchanged entry (shared/review/wording/keptBlocks.ts), so each format renders them once.

/** `render`, remembered for frozen values; anything else is rendered every time. */
export function keptForFrozen<T extends object>(
  render: (value: T) => string,
): (value: T) => string {
  const made = new WeakMap<T, string>()
  return (value) => {
    if (!Object.isFrozen(value)) return render(value)
    let text = made.get(value)
    if (text === undefined) {
      text = render(value)
      made.set(value, text)
    }
    return text
  }
}
