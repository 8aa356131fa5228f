// The near-duplicate decisions of the last ranking that read every bullet, reused by the
// next one as far as it reads the same texts in the same order. Whether a text is kept
// depends only on the texts before it, so after an edit (one bullet changes, and maybe
// its place) every decision before the first difference is the same: those texts are
// put in the filter without checking them (NearDuplicateFilter.remember), much cheaper
// than checking them against every kept text sharing a rare word.
import { onForgetJournal } from '../entry'
import type { NearDuplicateFilter } from './nearDuplicates'

interface Decisions {
  /** The word table the ids come from (see wordIds.ts). */
  generation: number
  /** Each text's word ids, in order: the arrays themselves, compared by identity. */
  texts: readonly Int32Array[]
  kept: Uint8Array
}

let last: Decisions | undefined

// Word ids without their table say little, but nothing of a locked journal stays.
onForgetJournal(() => {
  last = undefined
})

/**
 * Whether each text is kept, in order, as filter.admit says for each in turn (the filter
 * is new, and ends holding the kept ones), taking the last run's decisions while the
 * texts are the same arrays as then. Texts are written once per entry and kept with it,
 * so the same array means the same words.
 */
export function admitAll(
  filter: NearDuplicateFilter,
  texts: readonly Int32Array[],
  generation: number,
): Uint8Array {
  const kept = new Uint8Array(texts.length)
  const before = last?.generation === generation ? last : undefined
  let i = 0
  if (before) {
    const same = Math.min(texts.length, before.texts.length)
    for (; i < same && texts[i] === before.texts[i]; i++) {
      kept[i] = before.kept[i]!
      if (kept[i]) filter.remember(texts[i]!)
    }
  }
  for (; i < texts.length; i++) kept[i] = filter.admit(texts[i]!) ? 1 : 0
  last = { generation, texts, kept }
  return kept
}
