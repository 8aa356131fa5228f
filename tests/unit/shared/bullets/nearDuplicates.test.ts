// The incremental near-duplicate filter against a brute-force reference: prefix and
// positional filtering must never change which texts are kept, whatever the forecast.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NEAR_DUPLICATE } from '../../../../shared/bullets'
import { wordFilter } from './wordFilter'

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const word of a) if (b.has(word)) shared++
  return shared / (a.size + b.size - shared)
}

/** Keeps each text unless some kept one is a near-duplicate, comparing every pair. */
function bruteForce(texts: readonly string[][]): boolean[] {
  const kept: Set<string>[] = []
  return texts.map((words) => {
    const set = new Set(words)
    if (kept.some((other) => jaccard(set, other) >= NEAR_DUPLICATE)) return false
    kept.push(set)
    return true
  })
}

// A small vocabulary so that near-duplicates are common.
const word = fc.constantFrom(...'abcdefghijklmnop'.split('').map((c) => `w${c}`))
const text = fc.array(word, { minLength: 1, maxLength: 12 })
const texts = fc.array(text, { maxLength: 40 })
/** Variations of a few base texts: one word more, fewer or swapped. */
const similarTexts = fc
  .tuple(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 40 }))
  .chain(([bases, picks]) =>
    fc.tuple(
      ...picks.map((pick) => {
        const base = bases[pick % bases.length]!
        return fc.oneof(
          fc.constant(base),
          word.map((extra) => [...base, extra]),
          fc.constant(base.slice(1)),
          word.map((other) => [other, ...base.slice(1)]),
        )
      }),
    ),
  )
const forecast = fc.array(fc.tuple(word, fc.nat(50))).map((pairs) => new Map<string, number>(pairs))

describe('NearDuplicateFilter', () => {
  it('keeps exactly what comparing every pair keeps, whatever the frequency forecast', () => {
    fc.assert(
      fc.property(fc.oneof(texts, similarTexts), forecast, (all, frequency) => {
        const admit = wordFilter(frequency)
        expect(all.map(admit)).toEqual(bruteForce(all))
      }),
      { numRuns: 500 },
    )
  })

  it('drops a reworded repeat and keeps a different text', () => {
    const admit = wordFilter()
    const first = 'led the vendor renegotiation saving 120000 usd a year for finance'.split(' ')
    expect(admit(first)).toBe(true)
    expect(admit([...first, 'annually'])).toBe(false)
    expect(admit('coached a junior analyst through the audit'.split(' '))).toBe(true)
  })
})
