// How a backup's rows relate to the rows already stored, by id. Pure, so the preview
// the user approves and the write that follows use the same rule.
//
// For each row in the backup:
// - new:       no stored row has its id;
// - unchanged: the stored row is identical;
// - updated:   it differs and the backup's updatedAt is later, so merge takes it;
// - conflict:  it differs but the stored row is as new or newer (both sides changed, or
//              the backup is older), so merge keeps the stored row and replace would
//              put the backup's older version back.
// Stored rows whose id is not in the backup are "local only": merge keeps them,
// replace removes them.
import { canonicalJson } from './canonicalJson'

export interface MergeCounts {
  new: number
  updated: number
  unchanged: number
  conflict: number
  localOnly: number
}

export interface MergePlan<T> {
  counts: MergeCounts
  /** Rows merge writes: the new and the updated ones. */
  toPut: T[]
}

function laterThan(a: string, b: string): boolean {
  // Timestamps may carry different offsets, so compare instants, not strings.
  return Date.parse(a) > Date.parse(b)
}

export function planMerge<T extends { updatedAt: string }>(
  stored: readonly T[],
  incoming: readonly T[],
  keyOf: (row: T) => string,
): MergePlan<T> {
  const byKey = new Map(stored.map((row) => [keyOf(row), row]))
  const counts: MergeCounts = { new: 0, updated: 0, unchanged: 0, conflict: 0, localOnly: 0 }
  const toPut: T[] = []
  const seen = new Set<string>()
  for (const row of incoming) {
    const key = keyOf(row)
    seen.add(key)
    const local = byKey.get(key)
    if (!local) {
      counts.new++
      toPut.push(row)
    } else if (canonicalJson(local) === canonicalJson(row)) counts.unchanged++
    else if (laterThan(row.updatedAt, local.updatedAt)) {
      counts.updated++
      toPut.push(row)
    } else counts.conflict++
  }
  for (const key of byKey.keys()) if (!seen.has(key)) counts.localOnly++
  return { counts, toPut }
}
