// Near-duplicate detection for texts that arrive one at a time, strongest first: a text
// is kept unless it is a near-duplicate (word Jaccard >= 0.8) of one already kept.
// Incremental, so a caller that needs only the first few kept texts never looks at
// the rest. Words come as integer ids (see wordIds.ts): thousands of texts are checked
// per ranking, and comparing numbers in typed arrays is much cheaper than strings.
import { grown } from './grown'

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
 * id is expected (`frequency`, by id). Words the forecast lacks are taken as the rarest.
 */
export class NearDuplicateFilter {
  // Each word gets a place in the order, from 1: forecast words commonest first, the
  // others after them as they are first seen. Texts are sorted by place, largest (the
  // rarest) first. A new word sorts before every earlier one, so their order never changes.
  /** By word id: its place, 0 until it has one. */
  private placeOf = new Int32Array(256)
  private places = 0
  /** By place: equals the current check's number when the text being checked has it. */
  private stamp = new Int32Array(256)
  /** By place: kept texts with it among their first few, as (text, position, size) triples. */
  private readonly postings: number[][] = [[]]
  /** Every kept text's places, largest first, one text after another. */
  private keptWords = new Int32Array(4096)
  private keptEnd = 0
  /** By kept text: where its places start in keptWords. */
  private keptStart = new Int32Array(256)
  /**
   * By kept text, its signature as two 32-bit words: bit (place mod 64) set for each of
   * its words. A cheap look before the text itself (see admit).
   */
  private signatures = new Int32Array(512)
  /** By kept text: equals the check's number when it was already compared in this check. */
  private compared = new Int32Array(256)
  private kept = 0
  private checks = 0
  /** The text being checked, its places sorted largest first. */
  private scratch = new Int32Array(64)

  constructor(frequency: ArrayLike<number> = []) {
    const forecast: number[] = []
    for (let id = 0; id < frequency.length; id++) if (frequency[id]! > 0) forecast.push(id)
    // Ties by id: ids are handed out as words are first seen.
    forecast.sort((a, b) => frequency[b]! - frequency[a]! || a - b)
    for (const id of forecast) this.place(id)
  }

  /** Gives the word a place after every one given so far. */
  private place(id: number): number {
    if (id >= this.placeOf.length) this.placeOf = grown(this.placeOf, id + 1)
    const place = ++this.places
    this.placeOf[id] = place
    if (place >= this.stamp.length) this.stamp = grown(this.stamp, place + 1)
    this.postings.push([])
    return place
  }

  /** Keeps the text (its words' ids) unless it nearly repeats a kept one. */
  admit(ids: ArrayLike<number>): boolean {
    const check = this.read(ids)
    const words = this.scratch
    const { size, low, high } = this
    const prefix = prefixOf(size)
    const needs = this.needsFor(size)
    const { signatures, compared, keptWords, keptStart, stamp } = this
    for (let i = 0; i < prefix; i++) {
      const list = this.postings[words[i]!]!
      const left = size - i - 1
      for (let p = 0; p < list.length; p += 3) {
        // Size and position rule most pairs out before the kept text is looked at; a pair
        // ruled out at its first shared word is ruled out at every later one too.
        const otherSize = list[p + 2]!
        const need = otherSize < needs.length ? needs[otherSize]! : 0
        const j = list[p + 1]!
        if (need === 0 || 1 + Math.min(left, otherSize - j - 1) < need) continue
        const at = list[p]!
        // Each signature bit one text has and the other lacks stands for a word only one
        // of them has: more of those than two near-duplicates can differ by rules it out.
        const differ =
          bitCount(low ^ signatures[2 * at]!) + bitCount(high ^ signatures[2 * at + 1]!)
        if (differ > size + otherSize - 2 * need) continue
        if (compared[at] === check) continue
        compared[at] = check
        const start = keptStart[at]!
        if (shares(keptWords, start, j, start + otherSize, otherSize - need, stamp, check))
          return false
      }
    }
    this.keep(prefix)
    return true
  }

  /**
   * Keeps the text without checking it: for one known to be kept, having been admitted
   * after the same texts before (see decisions.ts).
   */
  remember(ids: ArrayLike<number>): void {
    this.read(ids)
    this.keep(prefixOf(this.size))
  }

  // The text read last (see read): its size and signature; its places are in scratch.
  private size = 0
  private low = 0
  private high = 0

  /**
   * Reads the text into scratch, its places each once and sorted largest first, with its
   * signature; gives the new check's number, stamped on its places.
   */
  private read(ids: ArrayLike<number>): number {
    const check = ++this.checks
    if (this.scratch.length < ids.length) this.scratch = new Int32Array(ids.length * 2)
    const words = this.scratch
    let size = 0
    let low = 0
    let high = 0
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!
      const known = id < this.placeOf.length ? this.placeOf[id]! : 0
      const place = known === 0 ? this.place(id) : known
      if (this.stamp[place] === check) continue
      this.stamp[place] = check
      // Insertion sort, largest first: texts are a few dozen words.
      let i = size++
      while (i > 0 && words[i - 1]! < place) {
        words[i] = words[i - 1]!
        i--
      }
      words[i] = place
      if (place & 32) high |= 1 << place
      else low |= 1 << place
    }
    this.size = size
    this.low = low
    this.high = high
    return check
  }

  /** Keeps the text read last, the first `prefix` of its places indexed. */
  private keep(prefix: number): void {
    const { size, low, high } = this
    const at = this.kept++
    if (at >= this.keptStart.length) {
      this.keptStart = grown(this.keptStart, at + 1)
      this.compared = grown(this.compared, at + 1)
      this.signatures = grown(this.signatures, 2 * at + 2)
    }
    if (this.keptEnd + size > this.keptWords.length)
      this.keptWords = grown(this.keptWords, this.keptEnd + size)
    this.keptStart[at] = this.keptEnd
    // A loop rather than set(subarray): no view to allocate per text.
    for (let i = 0; i < size; i++) this.keptWords[this.keptEnd++] = this.scratch[i]!
    this.signatures[2 * at] = low
    this.signatures[2 * at + 1] = high
    for (let i = 0; i < prefix; i++) this.postings[this.scratch[i]!]!.push(at, i, size)
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
}

/** How many of a text's first words a near-duplicate of it must share one of. */
function prefixOf(size: number): number {
  return Math.min(size, size - Math.ceil(NEAR_DUPLICATE * size) + 1)
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
 * Whether the kept text at words[start, end) has no more than `allowedMisses` words the
 * text being checked lacks (those stamped with `check`), given that its first shared
 * word is its j-th: the ones before it are all misses.
 */
function shares(
  words: Int32Array,
  start: number,
  j: number,
  end: number,
  allowedMisses: number,
  stamp: Int32Array,
  check: number,
): boolean {
  let misses = j
  for (let k = start + j + 1; k < end && misses <= allowedMisses; k++)
    if (stamp[words[k]!] !== check) misses++
  return misses <= allowedMisses
}
