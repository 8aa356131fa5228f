// Worked examples whose arithmetic a reader can follow by hand. The rules, in short:
//   value  = base (1; 0.6 for a leadership moment in manager mode)
//          × seniority (team 1, peer 1.2, senior 1.5, executive 2: the most senior person)
//          × impact (1.5 with a measurable result, else 1)
//          × decay (0.5 ^ (age in days / 180))
//   share  = value ÷ number of competencies tagged
//   competency score = 100 × points ÷ (points + 3), where points = Σ shares
//   overall = Σ weight × competency score (director-ops weights unless stated)
import { describe, expect, it } from 'vitest'
import type { Entry } from '../../../../shared/entry'
import { addDays } from '../../../../shared/time'
import { computeReadiness, readinessTrend } from '../../../../shared/readiness'
import { bandOf, entryValue } from '../../../../shared/readiness'
import { SUGGESTIONS, suggestionsFor } from '../../../../shared/readiness'

const ASOF = '2026-06-30'
const STAMP = '2026-01-01T09:00:00.000Z'
const common = { notes: '', tags: [], people: [], createdAt: STAMP, updatedAt: STAMP }

function moment(id: string, over: Partial<Entry> & { mode?: 'leader' | 'manager' } = {}): Entry {
  return {
    ...common,
    id,
    title: id,
    occurredOn: ASOF,
    competencies: ['strategy'],
    kind: 'leadership-moment',
    situation: '',
    task: '',
    action: '',
    result: '',
    reflection: '',
    mode: 'leader',
    ...over,
  } as Entry
}

function conversation(id: string, over: Record<string, unknown> = {}): Entry {
  return {
    ...common,
    id,
    title: id,
    occurredOn: ASOF,
    competencies: ['conflict'],
    kind: 'difficult-conversation',
    counterpart: { name: 'Sam', level: 'peer' },
    topic: '',
    preparation: '',
    whatISaid: '',
    outcome: 'in-progress',
    lesson: '',
    resumeWorthy: false,
    ...over,
  } as Entry
}

// A: team-level leader moment today, no metric, tagged strategy.
//    value = 1 × 1 × 1 × 1 = 1; strategy points 1; score = 100 × 1 / 4 = 25;
//    overall = 0.16 × 25 = 4.
const a = moment('a')

// B: stakeholder win with an executive, with a metric, 180 days old, two competencies.
//    value = 1 × 2 × 1.5 × 0.5 = 1.5; share = 0.75 each;
//    stakeholders and results: 100 × 0.75 / 3.75 = 20 each;
//    overall = 0.14 × 20 + 0.14 × 20 = 5.6.
const b: Entry = {
  ...common,
  id: 'b',
  title: 'b',
  occurredOn: addDays(ASOF, -180),
  competencies: ['stakeholders', 'results'],
  kind: 'stakeholder-win',
  stakeholder: { name: 'CFO', level: 'executive' },
  need: '',
  delivered: '',
  feedback: '',
  metric: { value: 18, unit: '%', measure: 'faster month-end close' },
}

// C: manager-mode moment with a senior person, 360 days old, tagged strategy.
//    value = 0.6 × 1.5 × 1 × 0.25 = 0.225.
const c = moment('c', {
  mode: 'manager',
  occurredOn: addDays(ASOF, -360),
  people: [{ name: 'Dir', level: 'senior' }],
})

describe('readiness worked examples', () => {
  it('A alone: 25 for strategy, 4 overall', () => {
    const report = computeReadiness([a], { asOf: ASOF })
    const strategy = report.competencies.find((x) => x.id === 'strategy')!
    expect(strategy.points).toBe(1)
    expect(strategy.score).toBe(25)
    expect(strategy.evidence).toEqual([
      { entryId: 'a', occurredOn: ASOF, contribution: 25, points: 1 },
    ])
    expect(report.score).toBeCloseTo(4, 12)
    expect(report.band).toBe('building')
  })

  it('B alone: its value 1.5 is shared, 20 each for stakeholders and results, 5.6 overall', () => {
    expect(entryValue(b, ASOF)).toMatchObject({
      base: 1,
      level: 'executive',
      seniority: 2,
      impact: 1.5,
      ageDays: 180,
      decay: 0.5,
      value: 1.5,
      share: 0.75,
    })
    const report = computeReadiness([b], { asOf: ASOF })
    const scores = Object.fromEntries(report.competencies.map((x) => [x.id, x.score]))
    expect(scores.stakeholders).toBeCloseTo(20, 12)
    expect(scores.results).toBeCloseTo(20, 12)
    expect(report.score).toBeCloseTo(5.6, 12)
  })

  it('A + B + C: strategy points 1.225, and each entry’s part of the score', () => {
    expect(entryValue(c, ASOF).value).toBeCloseTo(0.225, 12)
    const report = computeReadiness([c, b, a], { asOf: ASOF })
    const strategy = report.competencies.find((x) => x.id === 'strategy')!
    // points = 1 + 0.225 = 1.225; score = 100 × 1.225 / 4.225 = 28.9941 (to 4 places)
    expect(strategy.points).toBeCloseTo(1.225, 12)
    expect(strategy.score).toBeCloseTo(28.9941, 4)
    // Each entry's part is score × share / points, which simplifies to 100 × share / (points + 3):
    // A gives 100 × 1 / 4.225 = 23.6686; C gives 100 × 0.225 / 4.225 = 5.3254.
    // Newest first: A (today) before C (a year ago).
    expect(strategy.evidence.map((e) => e.entryId)).toEqual(['a', 'c'])
    expect(strategy.evidence[0]!.contribution).toBeCloseTo(23.6686, 4)
    expect(strategy.evidence[1]!.contribution).toBeCloseTo(5.3254, 4)
    // overall = 0.16 × 28.9941 + 5.6 = 4.6391 + 5.6 = 10.2391
    expect(report.score).toBeCloseTo(10.2391, 4)
  })

  it('custom weights replace the role’s and are normalised to sum to 1', () => {
    // Only strategy counts: the overall equals A's strategy score of 25.
    const weights = {
      strategy: 2,
      stakeholders: 0,
      conflict: 0,
      people: 0,
      communication: 0,
      results: 0,
      business: 0,
      process: 0,
      influence: 0,
      growth: 0,
    }
    const report = computeReadiness([a, b], { asOf: ASOF, weights })
    expect(report.competencies.find((x) => x.id === 'strategy')!.weight).toBe(1)
    expect(report.score).toBe(25)
  })

  it('the same entry in the people-manager role weighs conflict more', () => {
    // One conversation with a peer today tagged conflict: value 1.2, score 100 × 1.2 / 4.2.
    const talk = conversation('t')
    const conflictScore = (100 * 1.2) / 4.2 // 28.5714
    expect(computeReadiness([talk], { asOf: ASOF }).score).toBeCloseTo(0.1 * conflictScore, 10)
    expect(computeReadiness([talk], { asOf: ASOF, role: 'people-manager' }).score).toBeCloseTo(
      0.14 * conflictScore,
      10,
    )
  })

  it('counts due follow-ups: dated on or before asOf and not marked done', () => {
    const entries = [
      conversation('due', { followUpOn: ASOF }),
      conversation('overdue', { followUpOn: addDays(ASOF, -10) }),
      conversation('done', { followUpOn: addDays(ASOF, -3), followUpDoneAt: STAMP }),
      conversation('later', { followUpOn: addDays(ASOF, 1) }),
      conversation('none'),
    ]
    expect(computeReadiness(entries, { asOf: ASOF }).followUpsDue).toBe(2)
  })

  it('counts cadence in 7-day weeks ending on asOf', () => {
    const entries = [
      moment('w0a'), // week 0 (asOf − 0)
      moment('w0b', { occurredOn: addDays(ASOF, -6) }), // week 0 too
      moment('w1', { occurredOn: addDays(ASOF, -7) }), // week 1
      moment('w12', { occurredOn: addDays(ASOF, -90) }), // week 12, the oldest counted
      moment('w13', { occurredOn: addDays(ASOF, -91) }), // week 13: outside
    ]
    const { cadence } = computeReadiness(entries, { asOf: ASOF })
    expect(cadence.activeWeeks).toBe(3)
    expect(cadence.weeks).toBe(13)
    expect(cadence.byWeek[12]).toEqual({ start: addDays(ASOF, -6), end: ASOF, entries: 2 })
    expect(cadence.byWeek[0]).toEqual({
      start: addDays(ASOF, -90),
      end: addDays(ASOF, -84),
      entries: 1,
    })
  })

  it('computes the leader ratio over leadership moments only', () => {
    const entries = [
      moment('l1'),
      moment('l2'),
      moment('l3'),
      moment('m1', { mode: 'manager' }),
      conversation('x'),
    ]
    const report = computeReadiness(entries, { asOf: ASOF })
    expect(report.leaderRatio).toBe(0.75)
    expect(report.leaderMoments).toEqual({ leader: 3, manager: 1 })
  })

  it('bands follow the rounded score', () => {
    expect(bandOf(0)).toBe('building')
    expect(bandOf(39.4)).toBe('building')
    expect(bandOf(39.5)).toBe('emerging')
    expect(bandOf(69.5)).toBe('nearly-ready')
    expect(bandOf(84.4)).toBe('nearly-ready')
    expect(bandOf(84.5)).toBe('ready')
    expect(bandOf(99.9)).toBe('ready')
  })

  it('takes the trend at month ends, the last point on asOf itself', () => {
    const trend = readinessTrend([a], { asOf: '2026-03-15', months: 3 })
    expect(trend.map((p) => p.asOf)).toEqual(['2026-01-31', '2026-02-28', '2026-03-15'])
    // A is dated 2026-06-30, after every point: it counts for nothing yet.
    expect(trend.every((p) => p.score === 0)).toBe(true)
    expect(readinessTrend([a], { asOf: ASOF }).at(-1)!.score).toBeCloseTo(4, 12)
  })

  it('rotates suggestions weekly, several per competency, stable within a week', () => {
    const monday = '2026-06-29'
    expect(suggestionsFor('influence', monday)).toEqual(suggestionsFor('influence', monday))
    const seen = new Set<string>()
    for (let week = 0; week < SUGGESTIONS.influence.length; week++) {
      for (const text of suggestionsFor('influence', addDays(monday, 7 * week))) seen.add(text)
    }
    expect(seen.size).toBe(SUGGESTIONS.influence.length)
    expect(suggestionsFor('influence', monday)).not.toEqual(
      suggestionsFor('influence', addDays(monday, 7)),
    )
  })

  it('rejects an asOf that is not a real date', () => {
    expect(() => computeReadiness([a], { asOf: '2026-02-30' })).toThrow(/real date/)
  })
})
