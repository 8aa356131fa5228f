// The near-duplicate filter on a vocabulary wider than its 64-bit signatures, so words
// share signature bits: the signature look must still never rule out a true pair.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NEAR_DUPLICATE } from '../../../../shared/bullets'
import { wordFilter } from './wordFilter'

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared)
}

function bruteForce(texts: readonly string[][]): boolean[] {
  const kept: Set<string>[] = []
  return texts.map((words) => {
    const set = new Set(words)
    if (kept.some((other) => jaccard(set, other) >= NEAR_DUPLICATE)) return false
    kept.push(set)
    return true
  })
}

const VOCABULARY = Array.from({ length: 300 }, (_, i) => `w${i}`)
const word = fc.constantFrom(...VOCABULARY)
const base = fc.array(word, { minLength: 5, maxLength: 30 })

/** Bases and copies of them with a few words added, dropped or swapped. */
const texts = fc
  .tuple(
    fc.array(base, { minLength: 1, maxLength: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.array(fc.tuple(fc.nat(3), word), { maxLength: 4 })), {
      maxLength: 60,
    }),
  )
  .map(([bases, copies]) =>
    copies.map(([pick, changes]) => {
      const text = [...bases[pick % bases.length]!]
      for (const [how, w] of changes) {
        if (how === 0) text.push(w)
        else if (how === 1) text.pop()
        else text[text.length >> 1] = w
      }
      return text
    }),
  )

describe('NearDuplicateFilter with a wide vocabulary', () => {
  it('keeps exactly what comparing every pair keeps', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(word, fc.nat(50))), (all, pairs) => {
        const admit = wordFilter(new Map(pairs))
        expect(all.map(admit)).toEqual(bruteForce(all))
      }),
      { numRuns: 300 },
    )
  })
})
