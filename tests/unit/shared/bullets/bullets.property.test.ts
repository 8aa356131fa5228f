// Property tests: the bullet rules hold for any journal, not only the fixture.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateBullets } from '../../../../shared/bullets'
import { entryNumbers, NUMBER_HINT } from '../../../../shared/bullets'
import { metricPhrase } from '../../../../shared/bullets'
import { nameMatcher, uniquePeople } from '../../../../shared/bullets'
import {
  BULLET_MAX_LENGTH,
  hasFirstPerson,
  numbersIn,
  startsWithStrongVerb,
  startsWithWeakOpener,
} from '../../../../shared/bullets'
import { date, journal, options } from './arbitraries'

const RUNS = { numRuns: 300 }

describe('generateBullets properties', () => {
  it('never starts with a weak opener and always with a strong verb', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        for (const bullet of generateBullets(entries, opts)) {
          expect(startsWithWeakOpener(bullet.text), bullet.text).toBe(false)
          expect(startsWithStrongVerb(bullet.text), bullet.text).toBe(true)
          expect(bullet.checks.strongVerb).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('has no first-person words', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        for (const bullet of generateBullets(entries, opts)) {
          expect(hasFirstPerson(bullet.text), bullet.text).toBe(false)
          expect(bullet.checks.noFirstPerson).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('only uses numbers that appear in its own entry', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        const byId = new Map(entries.map((e) => [e.id, e]))
        for (const bullet of generateBullets(entries, opts)) {
          const source = byId.get(bullet.entryId)!
          const known = entryNumbers(source)
          if (source.metric) for (const n of numbersIn(metricPhrase(source.metric))) known.add(n)
          for (const n of numbersIn(bullet.text))
            expect(known.has(n), `${n} in ${bullet.text}`).toBe(true)
          expect(bullet.checks.hasNumber).toBe(numbersIn(bullet.text).length > 0)
          if (!bullet.checks.hasNumber) expect(bullet.hints).toContain(NUMBER_HINT)
        }
      }),
      RUNS,
    )
  })

  it('names nobody in share-safe mode', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        const names = nameMatcher(uniquePeople(entries))
        for (const bullet of generateBullets(entries, { ...opts, shareSafe: true })) {
          expect(names?.test(bullet.text) ?? false, bullet.text).toBe(false)
          expect(bullet.checks.noNames).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('never uses deleted entries, unmarked conversations or entries after asOf', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        const byId = new Map(entries.map((e) => [e.id, e]))
        for (const bullet of generateBullets(entries, opts)) {
          const source = byId.get(bullet.entryId)!
          expect(source.deletedAt).toBeUndefined()
          expect(source.occurredOn <= opts.asOf).toBe(true)
          if (source.kind === 'difficult-conversation') expect(source.resumeWorthy).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('ranks 1..n, fits the length, and is deterministic', () => {
    fc.assert(
      fc.property(journal, options, (entries, opts) => {
        const bullets = generateBullets(entries, opts)
        expect(bullets.map((b) => b.rank)).toEqual(bullets.map((_, i) => i + 1))
        expect(new Set(bullets.map((b) => b.entryId)).size).toBe(bullets.length)
        for (const bullet of bullets) {
          expect(bullet.text.length).toBeLessThanOrEqual(BULLET_MAX_LENGTH)
          expect(bullet.checks.lengthOk).toBe(true)
        }
        expect(generateBullets(entries, opts)).toEqual(bullets)
      }),
      RUNS,
    )
  })

  it('keeps only entries inside the period', () => {
    fc.assert(
      fc.property(journal, options, date, date, (entries, opts, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const byId = new Map(entries.map((e) => [e.id, e]))
        for (const bullet of generateBullets(entries, { ...opts, from, to })) {
          const day = byId.get(bullet.entryId)!.occurredOn
          expect(day >= from && day <= to).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('writes only as far as asked: the first n of a limited ranking are the first n of all', () => {
    fc.assert(
      fc.property(journal, options, fc.nat(12), (entries, opts, limit) => {
        const all = generateBullets(entries, opts)
        expect(generateBullets(entries, { ...opts, limit })).toEqual(all.slice(0, limit))
      }),
      RUNS,
    )
  })
})
