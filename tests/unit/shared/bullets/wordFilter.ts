// The near-duplicate filter takes word ids (see shared/bullets/wordIds.ts); the tests
// write their texts as words. This gives a filter over words, its forecast by word.
import { NearDuplicateFilter } from '../../../../shared/bullets'
import { WordTable } from '../../../../shared/bullets/wordIds'

export function wordFilter(
  frequency: ReadonlyMap<string, number> = new Map(),
): (words: readonly string[]) => boolean {
  const table = new WordTable(0)
  const ids = table.idsOf([...frequency.keys()])
  const counts = new Int32Array(table.size)
  ;[...frequency.values()].forEach((count, i) => (counts[ids[i]!] = count))
  const filter = new NearDuplicateFilter(counts)
  return (words) => filter.admit(table.idsOf(words))
}
