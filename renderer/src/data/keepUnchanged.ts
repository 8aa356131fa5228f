// Keeps each entry's object from one read of the table to the next while its content is
// the same. The engines cache what an entry alone decides by its object (its written
// bullet, its readiness facts, its review lines), so after one edit they redo one entry,
// not the journal. Dexie's live-query cache already keeps the objects of slices a write
// did not touch (entryPages.ts); this covers a slice it had to read again.
import type { Entry } from '../../../shared/entry'

/** Deep equality for what IndexedDB stores for an entry: plain objects, arrays, primitives. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  for (const key of keys) if (!Object.hasOwn(y, key) || !sameData(x[key], y[key])) return false
  return true
}

/** `next`, with the object from `before` wherever an entry did not change. */
export function keepUnchanged(next: Entry[], before: readonly Entry[] | undefined): Entry[] {
  if (!before || before.length === 0) return next
  const previous = new Map(before.map((entry) => [entry.id, entry]))
  return next.map((entry) => {
    const old = previous.get(entry.id)
    return old !== undefined && sameData(old, entry) ? old : entry
  })
}
