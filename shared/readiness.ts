// The promotion-readiness score: a pure function of the entries, the target role (or
// custom weights) and a date. See readinessModel.ts for how one entry is valued.
//
// Per competency: points S = Σ shares of the live entries tagged with it (an entry's
// value is split equally among its competencies); score = 100 × S / (S + 3).
// Overall = Σ weight × competency score, with the role's weights normalised to sum to 1.
// Each entry's `contribution` is its part of the competency score in score points
// (score × share / S), so a competency's contributions add up to its score.
import { isLive, COMPETENCY_IDS, type CompetencyId, type Entry } from './entry'
import { addDays, endOfMonth, isRealIsoDate, toDayNumber } from './dates'
import { resolveWeights, type RoleId, type Weights } from './competencies'
import { bandOf, competencyScore, dayNumberOf, entryValueAt, type Band } from './readinessModel'
import { suggestionsFor } from './suggestions'

export type { Band } from './readinessModel'

export interface ReadinessOptions {
  /** YYYY-MM-DD: entries dated after it count for nothing. */
  asOf: string
  role?: RoleId
  /** Custom weights override the role's; the result is normalised to sum to 1. */
  weights?: Partial<Record<CompetencyId, number>>
}

export interface Evidence {
  entryId: string
  occurredOn: string
  /** Score points this entry gives the competency; a competency's contributions sum to its score. */
  contribution: number
  /** Evidence points (the entry's value divided among its competencies) behind the contribution. */
  points: number
}

export interface CompetencyResult {
  id: CompetencyId
  /** Normalised weight for the target role (weights sum to 1). */
  weight: number
  /** 0..100 (not rounded). */
  score: number
  /** Σ evidence points; score = 100 × points / (points + 3). */
  points: number
  /** Newest first (then by id). */
  evidence: Evidence[]
}

export interface Gap {
  id: CompetencyId
  /** weight × (100 − score): the overall points still available from this competency. */
  priority: number
  suggestions: string[]
}

export interface CadenceWeek {
  start: string
  end: string
  entries: number
}

export interface ReadinessReport {
  asOf: string
  /** 0..100, exactly Σ weight × competency score (not rounded). */
  score: number
  band: Band
  competencies: CompetencyResult[]
  /** At most three, biggest weight × (100 − score) first. */
  gaps: Gap[]
  /** Weeks with at least one entry among the 13 weeks ending on asOf; `byWeek` oldest first. */
  cadence: { activeWeeks: number; weeks: number; byWeek: CadenceWeek[] }
  /** Share of leadership moments logged in leader mode; null when there are none. */
  leaderRatio: number | null
  leaderMoments: { leader: number; manager: number }
  /** Difficult conversations whose follow-up date has come and is not marked done. */
  followUpsDue: number
}

export const CADENCE_WEEKS = 13
export const GAP_COUNT = 3

interface Scored {
  id: string
  occurredOn: string
  day: number
  share: number
  /** Positions in COMPETENCY_IDS of the entry's distinct competencies. */
  slots: number[]
}

/** What one pass over the journal learns: the valued live entries and the side counts. */
interface Survey {
  scored: Scored[]
  cadenceCounts: number[]
  leader: number
  manager: number
  followUpsDue: number
}

const SLOT = Object.fromEntries(COMPETENCY_IDS.map((id, i) => [id, i])) as Record<
  CompetencyId,
  number
>

function assertDate(asOf: string): void {
  if (!isRealIsoDate(asOf)) throw new RangeError(`asOf must be a real date written YYYY-MM-DD`)
}

// One loop that reads each entry once and keeps compact records with day numbers and
// competency positions: at 10,000 entries, memory reads dominate the running time.
function survey(entries: readonly Entry[], asOf: string): Survey {
  const asOfDay = toDayNumber(asOf)
  const scored: Scored[] = []
  const cadenceCounts = new Array<number>(CADENCE_WEEKS).fill(0)
  let leader = 0
  let manager = 0
  let followUpsDue = 0
  for (const entry of entries) {
    if (entry.deletedAt !== undefined) continue
    const occurredOn = entry.occurredOn
    const day = dayNumberOf(occurredOn)
    if (!(day <= asOfDay)) continue
    const week = Math.floor((asOfDay - day) / 7)
    if (week < CADENCE_WEEKS) cadenceCounts[week]! += 1
    if (entry.kind === 'leadership-moment') {
      if (entry.mode === 'leader') leader++
      else manager++
    } else if (entry.kind === 'difficult-conversation' && isFollowUpDue(entry, asOf)) {
      followUpsDue++
    }
    const v = entryValueAt(entry, asOfDay)
    if (!v.competencies.length) continue
    const slots = v.competencies.map((id) => SLOT[id])
    scored.push({ id: entry.id, occurredOn, day, share: v.share, slots })
  }
  return { scored: canonicalOrder(scored), cadenceCounts, leader, manager, followUpsDue }
}

function byIdThenShare(a: Scored, b: Scored): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return a.share - b.share
}

// Floating-point sums follow one canonical order (newest first, then id, then share), so
// the input order of the entries can never change a single bit of the result. Days fit in
// 22 bits (years 0000..9999) and positions in 30, so one float64 holds both exactly and a
// native numeric sort does the heavy lifting; only entries sharing a day compare by id.
const POSITION_SPAN = 2 ** 30
const DAY_CEILING = 2_932_897

function canonicalOrder(scored: Scored[]): Scored[] {
  if (scored.length >= POSITION_SPAN) {
    return scored.sort((a, b) => b.day - a.day || byIdThenShare(a, b))
  }
  const keys = new Float64Array(scored.length)
  for (let i = 0; i < scored.length; i++) {
    keys[i] = (DAY_CEILING - scored[i]!.day) * POSITION_SPAN + i
  }
  keys.sort()
  const ordered = new Array<Scored>(scored.length)
  for (let i = 0; i < keys.length; i++) ordered[i] = scored[keys[i]! % POSITION_SPAN]!
  for (let start = 0; start < ordered.length;) {
    let end = start + 1
    while (end < ordered.length && ordered[end]!.day === ordered[start]!.day) end++
    if (end - start > 1) {
      const run = ordered.slice(start, end).sort(byIdThenShare)
      for (let i = 0; i < run.length; i++) ordered[start + i] = run[i]!
    }
    start = end
  }
  return ordered
}

/** Evidence points per competency (by position), summed in the canonical order. */
function pointsBySlot(scored: readonly Scored[]): number[] {
  const points = new Array<number>(COMPETENCY_IDS.length).fill(0)
  for (const { share, slots } of scored) {
    for (const slot of slots) points[slot]! += share
  }
  return points
}

function overall(weights: Weights, scores: readonly number[]): number {
  let total = 0
  COMPETENCY_IDS.forEach((id, slot) => {
    total += weights[id] * scores[slot]!
  })
  return total
}

export function computeReadiness(
  entries: readonly Entry[],
  options: ReadinessOptions,
): ReadinessReport {
  const { asOf } = options
  assertDate(asOf)
  const weights = resolveWeights(options.role, options.weights)
  const found = survey(entries, asOf)
  const points = pointsBySlot(found.scored)
  const scores = points.map(competencyScore)

  const evidence = COMPETENCY_IDS.map((): Evidence[] => [])
  for (const { id, occurredOn, share, slots } of found.scored) {
    for (const slot of slots) {
      evidence[slot]!.push({
        entryId: id,
        occurredOn,
        contribution: (scores[slot]! * share) / points[slot]!,
        points: share,
      })
    }
  }

  const competencies: CompetencyResult[] = COMPETENCY_IDS.map((id, slot) => ({
    id,
    weight: weights[id],
    score: scores[slot]!,
    points: points[slot]!,
    evidence: evidence[slot]!,
  }))
  const score = overall(weights, scores)
  const { leader, manager } = found
  const moments = leader + manager

  return {
    asOf,
    score,
    band: bandOf(score),
    competencies,
    gaps: rankGaps(competencies, asOf),
    cadence: cadenceOf(found.cadenceCounts, asOf),
    leaderRatio: moments ? leader / moments : null,
    leaderMoments: { leader, manager },
    followUpsDue: found.followUpsDue,
  }
}

function rankGaps(competencies: readonly CompetencyResult[], asOf: string): Gap[] {
  return competencies
    .map((c, order) => ({ id: c.id, order, priority: c.weight * (100 - c.score) }))
    .filter((g) => g.priority > 0)
    .sort((a, b) => b.priority - a.priority || a.order - b.order)
    .slice(0, GAP_COUNT)
    .map(({ id, priority }) => ({ id, priority, suggestions: suggestionsFor(id, asOf, 3) }))
}

function cadenceOf(counts: readonly number[], asOf: string): ReadinessReport['cadence'] {
  // counts[0] is the week ending on asOf; byWeek reads oldest first like a timeline.
  const byWeek = counts
    .map((n, back) => ({
      start: addDays(asOf, -7 * back - 6),
      end: addDays(asOf, -7 * back),
      entries: n,
    }))
    .reverse()
  return { activeWeeks: counts.filter((n) => n > 0).length, weeks: CADENCE_WEEKS, byWeek }
}

/** Open follow-ups whose date has come; shared with any view that lists them. */
export function isFollowUpDue(entry: Entry, asOf: string): boolean {
  return (
    entry.kind === 'difficult-conversation' &&
    isLive(entry, asOf) &&
    entry.followUpOn !== undefined &&
    entry.followUpOn <= asOf &&
    entry.followUpDoneAt === undefined
  )
}

/** The overall score alone, computed exactly as computeReadiness computes it. */
export function readinessScore(entries: readonly Entry[], options: ReadinessOptions): number {
  assertDate(options.asOf)
  const weights = resolveWeights(options.role, options.weights)
  return overall(weights, pointsBySlot(survey(entries, options.asOf).scored).map(competencyScore))
}

/**
 * The score at the end of each of the last `months` months, oldest first. The last point
 * is the current month, taken on asOf itself rather than at a month end still to come.
 */
export function readinessTrend(
  entries: readonly Entry[],
  options: ReadinessOptions & { months?: number },
): { asOf: string; score: number }[] {
  assertDate(options.asOf)
  const months = Math.max(1, Math.floor(options.months ?? 12))
  const points: { asOf: string; score: number }[] = []
  for (let back = months - 1; back >= 0; back--) {
    const monthEnd = endOfMonth(options.asOf, -back)
    const day = monthEnd > options.asOf ? options.asOf : monthEnd
    points.push({ asOf: day, score: readinessScore(entries, { ...options, asOf: day }) })
  }
  return points
}
