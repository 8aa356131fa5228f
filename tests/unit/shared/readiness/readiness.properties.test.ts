// Property tests for the readiness score: every property DOMAIN.md requires, checked over
// generated journals. The entry arbitraries below are deliberately small and local.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  COMPETENCY_IDS,
  ENTRY_KINDS,
  LEVELS,
  entrySchema,
  type CompetencyId,
  type Entry,
  type Level,
} from '../../../../shared/entry'
import { ROLE_IDS, resolveWeights } from '../../../../shared/entry'
import { addDays } from '../../../../shared/time'
import {
  computeReadiness,
  readinessOnDays,
  readinessOverview,
  readinessScore,
  readinessTrend,
  type ReadinessReport,
} from '../../../../shared/readiness'
import { entryValue } from '../../../../shared/readiness'
import { SUGGESTIONS } from '../../../../shared/readiness'

const ASOF = '2026-06-30'
const STAMP = '2026-01-01T09:00:00.000Z'

const levelArb = fc.constantFrom(...LEVELS)
const personArb = fc.record({ name: fc.constantFrom('Ana', 'Bo', 'Chen'), level: levelArb })
const competenciesArb = fc.uniqueArray(fc.constantFrom(...COMPETENCY_IDS), {
  minLength: 1,
  maxLength: 10,
})
const metricArb = fc.option(
  fc.record({
    value: fc.integer({ min: 1, max: 500 }),
    unit: fc.constant('%'),
    measure: fc.constant('faster close'),
  }),
  { nil: undefined },
)
/** Up to about four years back from ASOF (never after it). */
const pastDateArb = fc.integer({ min: 0, max: 1500 }).map((back) => addDays(ASOF, -back))

interface Draft {
  id: string
  kind: (typeof ENTRY_KINDS)[number]
  occurredOn: string
  competencies: CompetencyId[]
  people: { name: string; level: Level }[]
  metric: { value: number; unit: string; measure: string } | undefined
  mode: 'leader' | 'manager'
  counterpart: { name: string; level: Level }
  followUpOn: string | undefined
  followUpDone: boolean
}

function build(d: Draft): Entry {
  const base = {
    id: d.id,
    title: `Entry ${d.id}`,
    occurredOn: d.occurredOn,
    notes: '',
    competencies: d.competencies,
    people: d.people,
    ...(d.metric ? { metric: d.metric } : {}),
    tags: [],
    createdAt: STAMP,
    updatedAt: STAMP,
  }
  switch (d.kind) {
    case 'leadership-moment':
      return {
        ...base,
        kind: d.kind,
        situation: 's',
        task: 't',
        action: 'a',
        result: 'r',
        reflection: 'x',
        mode: d.mode,
      }
    case 'difficult-conversation':
      return {
        ...base,
        kind: d.kind,
        counterpart: d.counterpart,
        topic: 't',
        preparation: 'p',
        whatISaid: 'w',
        outcome: 'in-progress',
        ...(d.followUpOn ? { followUpOn: d.followUpOn } : {}),
        ...(d.followUpDone ? { followUpDoneAt: STAMP } : {}),
        lesson: 'l',
        resumeWorthy: false,
      }
    case 'stakeholder-win':
      return {
        ...base,
        kind: d.kind,
        stakeholder: d.counterpart,
        need: 'n',
        delivered: 'd',
        feedback: 'f',
      }
  }
}

const draftArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom(...ENTRY_KINDS),
  occurredOn: pastDateArb,
  competencies: competenciesArb,
  people: fc.array(personArb, { maxLength: 3 }),
  metric: metricArb,
  mode: fc.constantFrom('leader' as const, 'manager' as const),
  counterpart: personArb,
  followUpOn: fc.option(pastDateArb, { nil: undefined }),
  followUpDone: fc.boolean(),
})

/** A valid, live entry (dated on or before ASOF, not deleted). */
const entryArb = draftArb.map(build)

/** A journal with unique ids, as the database guarantees. */
const journalArb = fc
  .uniqueArray(draftArb, { selector: (d) => d.id, maxLength: 30 })
  .map((drafts) => drafts.map(build))

/** A fresh id that no generated journal uses (generated ids are at most 6 characters). */
const freshId = 'new-entry-id'

const optionsArb = fc.record({
  role: fc.constantFrom(...ROLE_IDS),
  weights: fc.option(
    fc.dictionary(fc.constantFrom(...COMPETENCY_IDS), fc.double({ min: 0, max: 1, noNaN: true })),
    { nil: undefined },
  ),
})

function scoreOf(report: ReadinessReport, id: CompetencyId): number {
  return report.competencies.find((c) => c.id === id)!.score
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('readiness properties', () => {
  it('generates entries that pass the data contract', () => {
    fc.assert(fc.property(entryArb, (entry) => entrySchema.safeParse(entry).success))
  })

  it('is pure, deterministic and independent of the order of the entries', () => {
    const permuted = journalArb.chain((journal) =>
      fc.tuple(
        fc.constant(journal),
        fc.shuffledSubarray(journal, { minLength: journal.length, maxLength: journal.length }),
      ),
    )
    fc.assert(
      fc.property(permuted, optionsArb, ([journal, shuffled], options) => {
        const before = JSON.stringify(journal)
        const report = computeReadiness(deepFreeze(journal), { asOf: ASOF, ...options })
        expect(JSON.stringify(journal)).toBe(before)
        expect(computeReadiness(journal, { asOf: ASOF, ...options })).toEqual(report)
        expect(computeReadiness(shuffled, { asOf: ASOF, ...options })).toEqual(report)
        expect(readinessTrend(shuffled, { asOf: ASOF, ...options })).toEqual(
          readinessTrend(journal, { asOf: ASOF, ...options }),
        )
      }),
    )
  })

  it('is bounded: the overall and every competency score lie in 0..100 (and below 100)', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, (journal, options) => {
        const report = computeReadiness(journal, { asOf: ASOF, ...options })
        expect(report.score).toBeGreaterThanOrEqual(0)
        expect(report.score).toBeLessThan(100)
        for (const c of report.competencies) {
          expect(c.score).toBeGreaterThanOrEqual(0)
          expect(c.score).toBeLessThan(100)
        }
      }),
    )
  })

  it('is explainable: overall = Σ weight × score, and contributions add up to each score', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, (journal, options) => {
        const report = computeReadiness(journal, { asOf: ASOF, ...options })
        const weights = resolveWeights(options.role, options.weights)
        let total = 0
        for (const c of report.competencies) {
          expect(c.weight).toBe(weights[c.id])
          total += c.weight * c.score
          const sum = c.evidence.reduce((s, e) => s + e.contribution, 0)
          expect(Math.abs(sum - c.score)).toBeLessThan(1e-9)
          // The evidence is exactly the live entries tagged with this competency.
          const tagged = journal.filter((e) => e.competencies.includes(c.id)).map((e) => e.id)
          expect(c.evidence.map((e) => e.entryId).sort()).toEqual(tagged.sort())
          // The breakdown the UI shows (entryValue) is the engine's number, bit for bit.
          for (const e of c.evidence) {
            const entry = journal.find((x) => x.id === e.entryId)!
            expect(e.points).toBe(entryValue(entry, ASOF).share)
          }
        }
        expect(Math.abs(total - report.score)).toBeLessThan(1e-9)
      }),
    )
  })

  it('is monotone: adding a valid entry never lowers any competency score or the overall', () => {
    fc.assert(
      fc.property(journalArb, entryArb, optionsArb, (journal, extra, options) => {
        const added = { ...extra, id: freshId }
        const before = computeReadiness(journal, { asOf: ASOF, ...options })
        const after = computeReadiness([...journal, added], { asOf: ASOF, ...options })
        expect(after.score).toBeGreaterThanOrEqual(before.score)
        for (const id of COMPETENCY_IDS) {
          expect(scoreOf(after, id)).toBeGreaterThanOrEqual(scoreOf(before, id))
        }
        for (const id of added.competencies) {
          expect(scoreOf(after, id)).toBeGreaterThan(scoreOf(before, id))
        }
      }),
    )
  })

  it('counts recent evidence more: the same entry a year earlier contributes less', () => {
    fc.assert(
      fc.property(journalArb, entryArb, (journal, extra) => {
        const recent = { ...extra, id: freshId }
        const older = { ...recent, occurredOn: addDays(recent.occurredOn, -365) }
        expect(entryValue(older, ASOF).value).toBeLessThan(entryValue(recent, ASOF).value)
        const withRecent = computeReadiness([...journal, recent], { asOf: ASOF })
        const withOlder = computeReadiness([...journal, older], { asOf: ASOF })
        expect(withRecent.score).toBeGreaterThanOrEqual(withOlder.score)
        for (const id of recent.competencies) {
          expect(scoreOf(withRecent, id)).toBeGreaterThan(scoreOf(withOlder, id))
        }
      }),
    )
  })

  it('weighs seniority and impact: a more senior person or a metric raises the value', () => {
    fc.assert(
      fc.property(entryArb, levelArb, (entry, level) => {
        const plain = entryValue(entry, ASOF)
        const withPerson = { ...entry, people: [...entry.people, { name: 'Dee', level }] }
        const raised = entryValue(withPerson, ASOF)
        expect(raised.value).toBeGreaterThanOrEqual(plain.value)
        if (LEVELS.indexOf(level) > LEVELS.indexOf(plain.level)) {
          expect(raised.value).toBeGreaterThan(plain.value)
        }
        const noMetric = { ...entry }
        delete noMetric.metric
        const metric = { value: 18, unit: '%', measure: 'faster close' }
        expect(entryValue({ ...noMetric, metric }, ASOF).value).toBeGreaterThan(
          entryValue(noMetric, ASOF).value,
        )
      }),
    )
  })

  it('cannot be gamed by tagging: an entry adds the same total however many competencies', () => {
    fc.assert(
      fc.property(journalArb, entryArb, competenciesArb, (journal, extra, retagged) => {
        const one = { ...extra, id: freshId }
        const other = { ...one, competencies: retagged }
        const totalFor = (entry: Entry) =>
          computeReadiness([...journal, entry], { asOf: ASOF })
            .competencies.flatMap((c) => c.evidence)
            .filter((e) => e.entryId === freshId)
            .reduce((s, e) => s + e.points, 0)
        expect(Math.abs(totalFor(one) - entryValue(one, ASOF).value)).toBeLessThan(1e-12)
        expect(Math.abs(totalFor(one) - totalFor(other))).toBeLessThan(1e-12)
      }),
    )
  })

  it('saturates: many similar entries approach 100 with shrinking increments', () => {
    fc.assert(
      fc.property(entryArb, fc.integer({ min: 3, max: 60 }), (template, count) => {
        const id = template.competencies[0]!
        const similar = { ...template, occurredOn: ASOF, competencies: [id] }
        const scores: number[] = []
        for (let n = 1; n <= count; n++) {
          const journal = Array.from({ length: n }, (_, i) => ({ ...similar, id: `same-${i}` }))
          scores.push(scoreOf(computeReadiness(journal, { asOf: ASOF }), id))
        }
        for (let i = 1; i < scores.length; i++) {
          expect(scores[i]!).toBeLessThan(100)
          const step = scores[i]! - scores[i - 1]!
          expect(step).toBeGreaterThan(0)
          if (i > 1) expect(step).toBeLessThan(scores[i - 1]! - scores[i - 2]!)
        }
      }),
    )
  })

  it('rewards breadth over volume in the overall score', () => {
    // n entries piled on one competency never beat the same n entries spread over n
    // competencies that each weigh at least as much for the role.
    fc.assert(
      fc.property(
        entryArb,
        fc.constantFrom(...ROLE_IDS),
        fc.integer({ min: 2, max: 10 }),
        (template, role, n) => {
          const weights = resolveWeights(role)
          const ranked = [...COMPETENCY_IDS].sort((a, b) => weights[b] - weights[a])
          const spreadOver = ranked.slice(0, n)
          const pileOn = spreadOver[n - 1]!
          const make = (i: number, id: CompetencyId) => ({
            ...template,
            id: `b-${i}`,
            competencies: [id],
          })
          const piled = spreadOver.map((_, i) => make(i, pileOn))
          const spread = spreadOver.map((id, i) => make(i, id))
          const piledScore = computeReadiness(piled, { asOf: ASOF, role }).score
          const spreadScore = computeReadiness(spread, { asOf: ASOF, role }).score
          expect(spreadScore).toBeGreaterThan(piledScore)
        },
      ),
    )
  })

  it('counts entries after asOf and deleted entries for nothing', () => {
    const futureArb = fc
      .tuple(entryArb, fc.integer({ min: 1, max: 400 }))
      .map(([e, days]) => ({ ...e, occurredOn: addDays(ASOF, days) }))
    const deletedArb = entryArb.map((e) => ({ ...e, deletedAt: STAMP }))
    fc.assert(
      fc.property(
        journalArb,
        fc.array(fc.oneof(futureArb, deletedArb), { minLength: 1, maxLength: 5 }),
        (journal, ignored) => {
          const extras = ignored.map((e, i) => ({ ...e, id: `ignored-${i}` }))
          expect(computeReadiness([...journal, ...extras], { asOf: ASOF })).toEqual(
            computeReadiness(journal, { asOf: ASOF }),
          )
        },
      ),
    )
  })

  it('gives 0 with no entries, and the biggest weights as the gaps', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const report = computeReadiness([], { asOf: ASOF, ...options })
        expect(report.score).toBe(0)
        expect(report.band).toBe('building')
        expect(report.competencies.every((c) => c.score === 0 && c.evidence.length === 0)).toBe(
          true,
        )
        expect(report.cadence.activeWeeks).toBe(0)
        expect(report.leaderRatio).toBeNull()
        expect(report.followUpsDue).toBe(0)
        expect(readinessTrend([], { asOf: ASOF, ...options }).every((p) => p.score === 0)).toBe(
          true,
        )
      }),
    )
  })

  it('ranks gaps by weight × (100 − score) with suggestions from the pool', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, pastDateArb, (journal, options, asOf) => {
        const report = computeReadiness(journal, { asOf, ...options })
        expect(report.gaps.length).toBeLessThanOrEqual(3)
        const all = report.competencies
          .map((c) => c.weight * (100 - c.score))
          .filter((p) => p > 0)
          .sort((a, b) => b - a)
        expect(report.gaps.map((g) => g.priority)).toEqual(all.slice(0, 3))
        for (const gap of report.gaps) {
          expect(new Set(gap.suggestions).size).toBe(3)
          for (const text of gap.suggestions) expect(SUGGESTIONS[gap.id]).toContain(text)
        }
      }),
    )
  })

  it('reports cadence, leader ratio and due follow-ups as direct counts of the journal', () => {
    fc.assert(
      fc.property(journalArb, (journal) => {
        const report = computeReadiness(journal, { asOf: ASOF })
        const weeks = new Set(
          journal
            .map((e) => Math.floor((Date.parse(ASOF) - Date.parse(e.occurredOn)) / (7 * 864e5)))
            .filter((w) => w < 13),
        )
        expect(report.cadence.activeWeeks).toBe(weeks.size)
        expect(report.cadence.byWeek.filter((w) => w.entries > 0)).toHaveLength(weeks.size)
        const moments = journal.filter((e) => e.kind === 'leadership-moment')
        const leaders = moments.filter((e) => e.mode === 'leader').length
        expect(report.leaderRatio).toBe(moments.length ? leaders / moments.length : null)
        const due = journal.filter(
          (e) =>
            e.kind === 'difficult-conversation' &&
            e.followUpOn !== undefined &&
            e.followUpOn <= ASOF &&
            e.followUpDoneAt === undefined,
        )
        expect(report.followUpsDue).toBe(due.length)
      }),
    )
  })

  it('ends the trend on asOf with the same score computeReadiness gives', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, fc.integer({ min: 1, max: 24 }), (journal, o, months) => {
        const trend = readinessTrend(journal, { asOf: ASOF, ...o, months })
        expect(trend).toHaveLength(months)
        expect(trend.at(-1)).toEqual({
          asOf: ASOF,
          score: computeReadiness(journal, { asOf: ASOF, ...o }).score,
        })
        for (const point of trend) {
          expect(point.score).toBe(computeReadiness(journal, { ...o, asOf: point.asOf }).score)
        }
      }),
    )
  })

  it('gives the dashboard overview exactly the numbers of the single functions', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, fc.integer({ min: 1, max: 400 }), (journal, o, days) => {
        const overview = readinessOverview(journal, { asOf: ASOF, ...o, compareDays: days })
        expect(overview.report).toEqual(computeReadiness(journal, { asOf: ASOF, ...o }))
        expect(overview.trend).toEqual(readinessTrend(journal, { asOf: ASOF, ...o }))
        const earlierAsOf = addDays(ASOF, -days)
        expect(overview.earlier).toEqual({
          asOf: earlierAsOf,
          score: readinessScore(journal, { ...o, asOf: earlierAsOf }),
        })
      }),
    )
  })

  it('gives a review the scores and gaps computeReadiness gives on each day', () => {
    fc.assert(
      fc.property(journalArb, optionsArb, fc.integer({ min: 0, max: 400 }), (journal, o, back) => {
        const days = [addDays(ASOF, -back), ASOF]
        readinessOnDays(journal, days, o).forEach((summary, i) => {
          const report = computeReadiness(journal, { ...o, asOf: days[i]! })
          expect(summary).toEqual({
            asOf: report.asOf,
            score: report.score,
            competencies: report.competencies.map(({ id, weight, score }) => ({
              id,
              weight,
              score,
            })),
            gaps: report.gaps,
          })
        })
      }),
    )
  })
})
