// Words as small integers, so the near-duplicate filter compares numbers rather than
// strings, and a bullet's words are looked up once, when it is written (the ids are kept
// with the written bullet), not again on every ranking.
//
// The table holds the journal's words by value, so it is dropped when the journal locks,
// and when it grows past a bound. Ids only mean something within one table: a ranking
// takes the current table once and writes every bullet's ids with that one, and the
// written-bullet cache keys bullets by the table's generation (see bullets.ts).
import { onForgetJournal } from '../entry'

/** A table is replaced rather than grown past this many words. */
const MAX_WORDS = 1 << 20

export class WordTable {
  private readonly ids = new Map<string, number>()

  constructor(
    /** Distinct per table, never reused. */
    readonly generation: number,
  ) {}

  /** Every id handed out so far is below this. */
  get size(): number {
    return this.ids.size
  }

  /** The words' ids, in the same order. */
  idsOf(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length)
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      let id = this.ids.get(word)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(word, id)
      }
      out[i] = id
    }
    return out
  }
}

let generations = 0
let table = new WordTable(generations++)

/** The table new rankings use. */
export function currentWordTable(): WordTable {
  if (table.size >= MAX_WORDS) table = new WordTable(generations++)
  return table
}

onForgetJournal(() => {
  table = new WordTable(generations++)
})
