// Near-duplicate detection for texts that arrive one at a time, strongest first: a text
// is kept unless it is a near-duplicate (word Jaccard >= 0.8) of one already kept.
// Incremental, so a caller that needs only the first few kept texts never looks at
// the rest.

export const NEAR_DUPLICATE = 0.8

/** A word's place in the one fixed order every text's words are sorted by. */
interface Word {
  key: number
  /** Equals the current check's stamp when the text being checked has this word. */
  stamp: number
  /** Kept texts with this word among their first few, as (text, position) pairs. */
  postings: number[]
}

function jaccard(shared: number, size: number, otherSize: number): number {
  return shared / (size + otherSize - shared)
}

// Words the frequency hint never saw sort after every word it did, in first-seen order.
const UNSEEN = 2 ** 40

/**
 * Filters near-duplicates with prefix filtering: with every text's words sorted by one
 * fixed order, two texts that similar must share a word among each one's first few,
 * so only texts sharing such a word are compared, and only while the words left could
 * still reach the threshold (positional filtering). Any fixed order finds every pair;
 * rarest first keeps the lists to compare short, so callers pass how often each word
 * is expected (`frequency`). Words the hint lacks are taken as the commonest.
 */
export class NearDuplicateFilter {
  private readonly words = new Map<string, Word>()
  private readonly kept: Word[][] = []
  // compared[i] === stamp when kept text i was already compared in this check.
  private readonly compared: number[] = []
  private stamp = 0
  private unseen = 0

  constructor(frequency: ReadonlyMap<string, number> = new Map()) {
    let seen = 0
    // The key orders by frequency, then by first appearance: unique, and fixed for
    // every word before any text is checked or later first seen.
    for (const [word, count] of frequency)
      this.words.set(word, { key: count * 2 ** 21 + seen++, stamp: 0, postings: [] })
  }

  private word(text: string): Word {
    let word = this.words.get(text)
    if (!word) {
      word = { key: UNSEEN + this.unseen++, stamp: 0, postings: [] }
      this.words.set(text, word)
    }
    return word
  }

  /** Keeps the text (its lower-cased words) unless it nearly repeats a kept one. */
  admit(atoms: readonly string[]): boolean {
    const stamp = ++this.stamp
    const words: Word[] = []
    for (const atom of atoms) {
      const word = this.word(atom)
      if (word.stamp === stamp) continue
      word.stamp = stamp
      words.push(word)
    }
    words.sort((a, b) => a.key - b.key)
    const size = words.length
    const prefix = Math.min(size, size - Math.ceil(NEAR_DUPLICATE * size) + 1)
    for (let i = 0; i < prefix; i++) {
      const list = words[i]!.postings
      for (let p = 0; p < list.length; p += 2) {
        const at = list[p]!
        if (this.compared[at] === stamp) continue
        this.compared[at] = stamp
        if (isNearDuplicate(size, i, this.kept[at]!, list[p + 1]!, stamp)) return false
      }
    }
    const at = this.kept.length
    this.kept.push(words)
    this.compared.push(0)
    for (let i = 0; i < prefix; i++) words[i]!.postings.push(at, i)
    return true
  }
}

/**
 * Whether a text of `size` words and a kept one (`other`) have Jaccard >=
 * NEAR_DUPLICATE, given that their first shared word is the text's i-th and the kept
 * one's j-th: every word before those is a miss, so the count stops as soon as the
 * misses rule the pair out.
 */
function isNearDuplicate(
  size: number,
  i: number,
  other: readonly Word[],
  j: number,
  stamp: number,
): boolean {
  const otherSize = other.length
  // The fewest shared words that reach the threshold, found with the same division
  // as the final test so rounding cannot make the two disagree.
  let need = Math.min(size, otherSize)
  if (jaccard(need, size, otherSize) < NEAR_DUPLICATE) return false
  while (need > 0 && jaccard(need - 1, size, otherSize) >= NEAR_DUPLICATE) need--
  if (1 + Math.min(size - i - 1, otherSize - j - 1) < need) return false
  const allowedMisses = otherSize - need
  let misses = j
  for (let k = j + 1; k < otherSize && misses <= allowedMisses; k++)
    if (other[k]!.stamp !== stamp) misses++
  return misses <= allowedMisses
}
