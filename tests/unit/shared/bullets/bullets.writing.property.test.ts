// Property tests for how bullets are written, on generated journals (realistic prose,
// the benchmark's generator) and on random entries (words chosen to trip the rules):
// a capitalised past-tense verb first, nothing left hanging, within the cap, only the
// entry's own numbers, and in share-safe mode no name and no level in parentheses.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BULLET_MAX_LENGTH,
  endsDangling,
  entryNumbers,
  generateBullets,
  knownPast,
  metricPhrase,
  nameMatcher,
  numbersIn,
  startsWithStrongVerb,
  uniquePeople,
  VERB_BANK,
  type Bullet,
} from '../../../../shared/bullets'
import { ROLE_IDS, type Entry } from '../../../../shared/entry'
import { generateJournal } from '../../../fixtures/generateJournal'
import { journal, options } from './arbitraries'

const BANK = new Set(Object.values(VERB_BANK).flat())

/** Every rule a written bullet keeps, checked against its own entry. */
function expectWellWritten(bullets: readonly Bullet[], entries: readonly Entry[], safe: boolean) {
  const byId = new Map(entries.map((e) => [e.id, e]))
  const names = nameMatcher(uniquePeople(entries))
  for (const { text, entryId } of bullets) {
    const entry = byId.get(entryId)!
    const verb = /^[\p{L}'’-]+/u.exec(text)?.[0] ?? ''
    expect(verb, text).toMatch(/^\p{Lu}/u)
    expect(startsWithStrongVerb(text), text).toBe(true)
    expect(BANK.has(verb) || knownPast(verb) || /ed$/.test(verb), text).toBe(true)
    expect(endsDangling(text), text).toBe(false)
    expect(text, text).not.toMatch(/, resulting in\b/)
    expect(text.length, text).toBeLessThanOrEqual(BULLET_MAX_LENGTH)
    const known = entryNumbers(entry)
    if (entry.metric) for (const n of numbersIn(metricPhrase(entry.metric))) known.add(n)
    for (const n of numbersIn(text)) expect(known.has(n), `${n} in ${text}`).toBe(true)
    if (!safe) continue
    expect(names?.test(text) ?? false, text).toBe(false)
    expect(text, text).not.toMatch(/\((?:team|peer|senior|executive)\)/i)
    expect(text, text).not.toMatch(/\S\s*\([^)]*\)['’]s\b/)
  }
}

describe('how bullets are written', () => {
  it('on generated journals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...ROLE_IDS),
        fc.boolean(),
        (seed, role, shareSafe) => {
          const asOf = '2026-12-01'
          const entries = generateJournal({ count: 40, asOf, seed })
          const bullets = generateBullets(entries, { asOf, role, shareSafe })
          expectWellWritten(bullets, entries, shareSafe)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('on random entries', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        expectWellWritten(generateBullets(entries, opts), entries, opts.shareSafe)
      }),
      { numRuns: 300 },
    )
  })
})
