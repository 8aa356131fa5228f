// A binary heap: the item that comes first by `before` is always on top. Used where
// only the first few of a large ranked set are wanted, so sorting it all is waste.

export class Heap<T> {
  private readonly items: T[]

  /** Builds the heap from the items in linear time (the array is taken over). */
  constructor(
    items: T[],
    private readonly before: (a: T, b: T) => boolean,
  ) {
    this.items = items
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i)
  }

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.before(items[i]!, items[parent]!)) break
      this.swap(i, parent)
      i = parent
    }
  }

  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last !== undefined) {
      items[0] = last
      this.down(0)
    }
    return top
  }

  private down(i: number): void {
    const items = this.items
    const n = items.length
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let first = i
      if (left < n && this.before(items[left]!, items[first]!)) first = left
      if (right < n && this.before(items[right]!, items[first]!)) first = right
      if (first === i) return
      this.swap(i, first)
      i = first
    }
  }

  private swap(a: number, b: number): void {
    const items = this.items
    const t = items[a]!
    items[a] = items[b]!
    items[b] = t
  }
}
