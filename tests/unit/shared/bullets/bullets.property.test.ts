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
import { COMPETENCY_IDS, LEVELS, type Entry, type Person } from '../../../../shared/entry'
import { ROLE_IDS } from '../../../../shared/entry'

// Names and roles share no word, so a role label can never look like a name.
const NAMES = [
  'Maria Lopez',
  'Tom Becker',
  'Priya Nair',
  'Lena Hoffmann',
  'Jean-Luc Picard',
  "Siobhan O'Neil",
  'Kofi',
]
const ROLES = ['CFO', 'VP Finance', 'QA lead', 'Product owner', 'Junior project manager']

// Words chosen to trip the rules: pronouns, weak openers, verbs in every tense,
// numbers in several shapes, names (any case), punctuation.
const WORDS = [
  'I',
  'we',
  'We',
  'my',
  'My',
  'our',
  'me',
  'us',
  'US',
  'i',
  "I'm",
  "we've",
  'myself',
  'ours',
  'helped',
  'responsible for',
  'worked on',
  'assisted',
  'participated in',
  'was involved in',
  'tasked with',
  'helping',
  'was',
  'supported',
  'led',
  'lead',
  'leading',
  'set',
  'reduce',
  'reduced',
  'reduces',
  'presenting',
  'planning',
  'migrate',
  'the',
  'a',
  'budget',
  'migration',
  'team',
  'costs',
  'by',
  'to',
  'of',
  'and',
  'for',
  'with',
  'weekly',
  'report',
  '12',
  '3.5',
  '1,200',
  '40%',
  '7',
  '2026',
  ',',
  ';',
  '.',
  '?',
  '"',
  '-',
  'maria',
  'Lopez',
  'TOM',
  'Priya',
  'Jean-Luc',
  "O'Neil",
  'Siobhan',
  'kofi',
  'Becker',
  'Hoffmann',
]

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' '))

const person: fc.Arbitrary<Person> = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    role: fc.constantFrom(...ROLES),
    level: fc.constantFrom(...LEVELS),
  },
  { requiredKeys: ['name', 'level'] },
)

const date = fc
  .integer({ min: 0, max: 900 })
  .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10))

const metric = fc.option(
  fc.record({
    value: fc.oneof(
      fc.integer({ min: -1_000_000, max: 50_000_000 }),
      fc.double({ min: 0.01, max: 1_000_000, noNaN: true }),
    ),
    unit: fc.constantFrom('%', 'USD', '$', 'hours', 'people', ''),
    measure: fc.constantFrom('faster close', 'hours saved per week', 'people trained', 'saved'),
  }),
  { nil: undefined },
)

const base = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  title: text.map((t) => t || 'Untitled'),
  occurredOn: date,
  notes: text,
  competencies: fc.uniqueArray(fc.constantFrom(...COMPETENCY_IDS), { minLength: 1, maxLength: 4 }),
  people: fc.array(person, { maxLength: 3 }),
  metric,
  deleted: fc.boolean(),
})

const entry: fc.Arbitrary<Entry> = fc
  .tuple(base, fc.integer({ min: 0, max: 2 }), text, text, text, person, fc.boolean())
  .map(([b, kind, t1, t2, t3, who, flag]) => {
    const common = {
      id: b.id,
      title: b.title,
      occurredOn: b.occurredOn,
      notes: b.notes,
      competencies: b.competencies,
      people: b.people,
      ...(b.metric ? { metric: b.metric } : {}),
      tags: [],
      createdAt: `${b.occurredOn}T10:00:00.000Z`,
      updatedAt: `${b.occurredOn}T10:00:00.000Z`,
      ...(b.deleted ? { deletedAt: `${b.occurredOn}T11:00:00.000Z` } : {}),
    }
    if (kind === 0)
      return {
        ...common,
        kind: 'leadership-moment' as const,
        situation: t3,
        task: '',
        action: t1,
        result: t2,
        reflection: '',
        mode: flag ? ('leader' as const) : ('manager' as const),
      }
    if (kind === 1)
      return {
        ...common,
        kind: 'stakeholder-win' as const,
        stakeholder: who,
        need: t3,
        delivered: t1,
        feedback: t2,
      }
    return {
      ...common,
      kind: 'difficult-conversation' as const,
      counterpart: who,
      topic: t3,
      preparation: '',
      whatISaid: t1,
      outcome: flag ? ('resolved' as const) : ('in-progress' as const),
      lesson: t2,
      resumeWorthy: flag,
    }
  })

const journal = fc
  .array(entry, { maxLength: 12 })
  .map((entries) => entries.map((e, i) => ({ ...e, id: `${e.id}-${i}` })))
const options = fc.record({
  asOf: date,
  role: fc.constantFrom(...ROLE_IDS),
  shareSafe: fc.boolean(),
})

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
