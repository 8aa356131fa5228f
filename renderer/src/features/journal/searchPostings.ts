// One word's postings in the search index, kept in a typed array rather than an object
// per document: MiniSearch's per-document objects made broad prefixes slow.
import { FIELD_COUNT } from './searchWords'

/** Documents holding one word: pairs of (slot, tf << 3 | field) in a growing array. */
export class Postings {
  data = new Int32Array(4)
  length = 0
  /** Live documents holding the word, per field: BM25's document frequency. */
  readonly df = new Int32Array(FIELD_COUNT)

  push(slot: number, packed: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = slot
    this.data[this.length++] = packed
  }

  /** Adds one to the last posting's count if it is this slot and field. */
  bump(slot: number, field: number): boolean {
    const at = this.length - 2
    if (at < 0 || this.data[at] !== slot || (this.data[at + 1]! & 7) !== field) return false
    // Counts stop at 2^20; BM25 saturates long before.
    if (this.data[at + 1]! < 0xfffff << 3) this.data[at + 1]! += 1 << 3
    return true
  }
}
