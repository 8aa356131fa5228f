// One result per journal array, for work a journal's entries alone decide (the readiness
// facts, the people named in it): a review whose period changes, or a bullet list read
// again, reuses it instead of walking 10,000 entries once more.
//
// Why the cache is valid: the data layer hands out a new array for every read of the
// table and never changes an entry or an array once handed out (an edit is a new read,
// so a new array). The same array is therefore the same journal. The length is checked
// as well, as a guard against a caller that pushes to an array it built itself. Keys are
// held weakly, so a journal nobody holds (say, after locking) is not kept alive here.
export function perJournal<T extends object, R>(
  compute: (items: readonly T[]) => R,
): (items: readonly T[]) => R {
  const cache = new WeakMap<readonly T[], { length: number; result: R }>()
  return (items) => {
    const hit = cache.get(items)
    if (hit && hit.length === items.length) return hit.result
    const result = compute(items)
    cache.set(items, { length: items.length, result })
    return result
  }
}
