// Near-duplicate detection for texts that arrive one at a time, strongest first: a text
// is kept unless it is a near-duplicate (word Jaccard >= 0.8) of one already kept.
// Incremental, so a caller that needs only the first few kept texts never looks at
// the rest.

export const NEAR_DUPLICATE = 0.8

function jaccard(shared: number, size: number, otherSize: number): number {
  return shared / (size + otherSize - shared)
}

/**
 * Filters near-duplicates with prefix filtering: with every text's words sorted by one
 * fixed order, two texts that similar must share a word among each one's first few,
 * so only texts sharing such a word are compared, and only while the words left could
 * still reach the threshold (positional filtering). Any fixed order finds every pair;
 * rarest first keeps the lists to compare short, so callers pass how often each word
 * is expected (`frequency`). Words the forecast lacks are taken as the rarest.
 */
export class NearDuplicateFilter {
  // Words are sorted by id, largest first: forecast words get ids commonest first,
  // the others larger ids as they are first seen, so they lead as the rarest. A new
  // word sorts before every earlier one, so the order among them never changes.
  private readonly ids = new Map<string, number>()
  /** stamp[id] equals the current check's stamp when the text being checked has it. */
  private readonly stamp: number[] = []
  /** Per word: kept texts with it among their first few, as (text, position, size) triples. */
  private readonly postings: number[][] = []
  private readonly kept: Int32Array[] = []
  /**
   * Per kept text, its signature as two 32-bit words: bit (id mod 64) set for each of its
   * words. A cheap look before the text itself (see admit).
   */
  private signatures = new Int32Array(256)
  // compared[i] equals the stamp when kept text i was already compared in this check.
  private readonly compared: number[] = []
  private checks = 0

  constructor(frequency: ReadonlyMap<string, number> = new Map()) {
    const words = [...frequency.keys()]
    // Stable: equally common words keep the forecast's order.
    words.sort((a, b) => frequency.get(b)! - frequency.get(a)!)
    for (const word of words) this.add(word)
  }

  private add(word: string): number {
    const id = this.stamp.length
    this.ids.set(word, id)
    this.stamp.push(0)
    this.postings.push([])
    return id
  }

  /** Keeps the text (its lower-cased words) unless it nearly repeats a kept one. */
  admit(atoms: readonly string[]): boolean {
    const check = ++this.checks
    // Negated ids, so the native ascending sort puts the largest id (the rarest) first.
    if (this.scratch.length < atoms.length) this.scratch = new Int32Array(atoms.length * 2)
    let count = 0
    let low = 0
    let high = 0
    for (const atom of atoms) {
      const id = this.ids.get(atom) ?? this.add(atom)
      if (this.stamp[id] === check) continue
      this.stamp[id] = check
      this.scratch[count++] = -id
      if (id & 32) high |= 1 << id
      else low |= 1 << id
    }
    const words = this.scratch.subarray(0, count).sort()
    const size = words.length
    const prefix = Math.min(size, size - Math.ceil(NEAR_DUPLICATE * size) + 1)
    const needs = this.needsFor(size)
    const signatures = this.signatures
    for (let i = 0; i < prefix; i++) {
      const list = this.postings[-words[i]!]!
      const left = size - i - 1
      for (let p = 0; p < list.length; p += 3) {
        // Size and position rule most pairs out before the kept text is looked at; a pair
        // ruled out at its first shared word is ruled out at every later one too.
        const otherSize = list[p + 2]!
        const need = needs[otherSize] ?? 0
        const j = list[p + 1]!
        if (need === 0 || 1 + Math.min(left, otherSize - j - 1) < need) continue
        const at = list[p]!
        // Each signature bit one text has and the other lacks stands for a word only one
        // of them has: more of those than two near-duplicates can differ by rules it out.
        const differ =
          bitCount(low ^ signatures[2 * at]!) + bitCount(high ^ signatures[2 * at + 1]!)
        if (differ > size + otherSize - 2 * need) continue
        if (this.compared[at] === check) continue
        this.compared[at] = check
        if (shares(this.kept[at]!, j, otherSize - need, this.stamp, check)) return false
      }
    }
    const at = this.kept.length
    this.kept.push(words.slice())
    this.compared.push(0)
    if (signatures.length < 2 * at + 2) {
      this.signatures = new Int32Array(signatures.length * 2)
      this.signatures.set(signatures)
    }
    this.signatures[2 * at] = low
    this.signatures[2 * at + 1] = high
    for (let i = 0; i < prefix; i++) this.postings[-words[i]!]!.push(at, i, size)
    return true
  }

  /**
   * For a text of `size` words, by the other text's size: the fewest shared words that
   * make the two near-duplicates (0 when no number does). Texts have few sizes.
   */
  private needsFor(size: number): Int32Array {
    let needs = this.needs[size]
    if (!needs) {
      needs = new Int32Array(Math.floor(size / NEAR_DUPLICATE) + 2)
      for (let other = 1; other < needs.length; other++) needs[other] = fewestShared(size, other)
      this.needs[size] = needs
    }
    return needs
  }

  private readonly needs: Int32Array[] = []

  /** The text being checked, its ids negated (kept texts get a copy). */
  private scratch = new Int32Array(64)
}

/** The number of bits set. */
function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555)
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333)
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/** The fewest shared words giving Jaccard >= NEAR_DUPLICATE at these sizes, 0 if none do. */
function fewestShared(size: number, otherSize: number): number {
  // Found with the same division as Jaccard itself, so rounding cannot make them disagree.
  let need = Math.min(size, otherSize)
  if (need === 0 || jaccard(need, size, otherSize) < NEAR_DUPLICATE) return 0
  while (need > 0 && jaccard(need - 1, size, otherSize) >= NEAR_DUPLICATE) need--
  return need
}

/**
 * Whether the kept text `other` has no more than `allowedMisses` words the text being
 * checked lacks (those stamped with `check`), given that its first shared word is its j-th.
 */
function shares(
  other: Int32Array,
  j: number,
  allowedMisses: number,
  stamp: readonly number[],
  check: number,
): boolean {
  let misses = j
  for (let k = j + 1; k < other.length && misses <= allowedMisses; k++)
    if (stamp[-other[k]!] !== check) misses++
  return misses <= allowedMisses
}
