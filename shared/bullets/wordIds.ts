// Words as small integers, so the near-duplicate filter compares numbers rather than
// strings, and a bullet's words are looked up once, when it is written (the ids are kept
// with the written bullet), not again on every ranking.
//
// The table holds the journal's words by value, so it is dropped when the journal locks,
// and when it grows past a bound. Ids only mean something within one table: a ranking
// takes the current table once and writes every bullet's ids with that one, and the
// written-bullet cache keys bullets by the table's generation (see bullets.ts).
import { onForgetJournal } from '../entry'
import { grown } from './grown'

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

  /** The words' ids, each once, in the order first seen. */
  idsOf(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length)
    const mark = ++this.marks
    let count = 0
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      let id = this.ids.get(word)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(word, id)
      }
      if (id >= this.seen.length) this.seen = grown(this.seen, id + 1)
      if (this.seen[id] === mark) continue
      this.seen[id] = mark
      out[count++] = id
    }
    return count === out.length ? out : out.slice(0, count)
  }

  /** By id: equals the current idsOf call's mark when that call has seen the word. */
  private seen = new Int32Array(1024)
  private marks = 0
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
