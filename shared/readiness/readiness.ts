// The promotion-readiness score: a pure function of the entries, the target role (or
// custom weights) and a date. See model.ts for how one entry is valued.
//
// Per competency: points S = Σ shares of the live entries tagged with it (an entry's
// value is split equally among its competencies); score = 100 × S / (S + 3).
// Overall = Σ weight × competency score, with the role's weights normalised to sum to 1.
// Each entry's `contribution` is its part of the competency score in score points
// (score × share / S), so a competency's contributions add up to its score.
import { COMPETENCY_IDS, highestLevel, LEVEL_RANK, type CompetencyId, type Entry } from '../entry'
import { addDays, endOfMonth, isRealIsoDate, toDayNumber } from '../time'
import { memoiseByObject } from '../format'
import { resolveWeights, type RoleId, type Weights } from '../entry'
import {
  bandOf,
  competencyMask,
  competencyScore,
  dayNumberOf,
  MANAGER_MODE_FACTOR,
  maskSize,
  METRIC_FACTOR,
  SENIORITY_BY_RANK,
  decayed,
  type Band,
} from './model'
import { suggestionsFor } from './suggestions'
import { perJournal } from './perJournal'

export type { Band } from './model'

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

/**
 * What one pass over the journal learns, kept as parallel arrays (one slot per live entry
 * with at least one competency) so 10,000 entries cost a few typed arrays, not 10,000
 * objects: the engine's time goes to reading entries, not to the garbage collector.
 */
interface Survey {
  count: number
  ids: string[]
  dates: string[]
  days: Float64Array
  shares: Float64Array
  /** Bit i set: the entry counts for COMPETENCY_IDS[i]. */
  masks: Int32Array
  /** Positions into the arrays above in the canonical order. */
  order: Int32Array
  cadenceCounts: number[]
  leader: number
  manager: number
  followUpsDue: number
}

function assertDate(asOf: string): void {
  if (!isRealIsoDate(asOf)) throw new RangeError(`asOf must be a real date written YYYY-MM-DD`)
}

/** What the engine needs from an entry that does not depend on asOf. */
interface Facts {
  deleted: boolean
  id: string
  occurredOn: string
  day: number
  /** 0 leader-mode moment, 1 manager-mode moment, 2 conversation, 3 stakeholder win. */
  kind: 0 | 1 | 2 | 3
  /** Set only for a conversation with an open follow-up. */
  openFollowUpOn: string | undefined
  mask: number
  /** base × seniority × impact, before decay. */
  weight: number
}

/**
 * Reads what the engine needs from each entry, once. The trend and the dashboard run many
 * passes (one per month, plus 90 days ago) over the same facts: compact objects of one
 * shape, where reading the entries themselves means a property lookup per field. Kept per
 * journal array (see perJournal.ts), the review reads them again for each period; and
 * per entry object, so a journal read again after an edit (a new array holding the same
 * unchanged entries) reads only the edited entry. Nothing reading them may change them.
 *
 * The live entries' facts come in the canonical order of the sums (see canonicalOrder),
 * so each pass over them needs no sorting of its own.
 */
const readFacts = perJournal((entries: readonly Entry[]): Facts[] => {
  const live: Facts[] = []
  for (const entry of entries) {
    const facts = factsOfEntry(entry)
    // An entry with no real date (NaN) is never on or before any asOf.
    if (!facts.deleted && facts.day === facts.day) live.push(facts)
  }
  return canonicalOrder(live)
})

// Valid for the same reason as perJournal: an entry object is never changed once handed
// out, an edit is a new object.
const factsOfEntry = memoiseByObject((entry: Entry) => factsOf(entry))

function factsOf(entry: Entry): Facts {
  const occurredOn = entry.occurredOn
  let kind: Facts['kind']
  let base = 1
  let openFollowUpOn: string | undefined
  if (entry.kind === 'leadership-moment') {
    kind = entry.mode === 'leader' ? 0 : 1
    if (kind === 1) base = MANAGER_MODE_FACTOR
  } else if (entry.kind === 'difficult-conversation') {
    kind = 2
    // isFollowUpDue's rule, split: the date is compared in each pass (see survey).
    if (entry.followUpDoneAt === undefined) openFollowUpOn = entry.followUpOn
  } else {
    kind = 3
  }
  // Valued as model.ts values it: team level when the entry names nobody.
  const rank = LEVEL_RANK[highestLevel(entry) ?? 'team']
  return {
    deleted: entry.deletedAt !== undefined,
    id: entry.id,
    occurredOn,
    day: dayNumberOf(occurredOn),
    kind,
    openFollowUpOn,
    mask: competencyMask(entry),
    // Multiplied in valueFrom's order, so the decayed value matches entryValue bit for bit.
    weight: base * SENIORITY_BY_RANK[rank]! * (entry.metric ? METRIC_FACTOR : 1),
  }
}

function survey(facts: readonly Facts[], asOf: string): Survey {
  const asOfDay = toDayNumber(asOf)
  // Newest first: the entries dated after asOf are a prefix to pass over.
  let from = 0
  for (let lo = 0, hi = facts.length; lo < hi;) {
    const mid = (lo + hi) >>> 1
    if (facts[mid]!.day > asOfDay) lo = from = mid + 1
    else hi = mid
  }
  const n = facts.length - from
  const ids: string[] = []
  const dates: string[] = []
  const days = new Float64Array(n)
  const shares = new Float64Array(n)
  const masks = new Int32Array(n)
  const cadenceCounts = new Array<number>(CADENCE_WEEKS).fill(0)
  let count = 0
  let leader = 0
  let manager = 0
  let followUpsDue = 0
  for (let k = from; k < facts.length; k++) {
    const f = facts[k]!
    const day = f.day
    const week = Math.floor((asOfDay - day) / 7)
    if (week < CADENCE_WEEKS) cadenceCounts[week]! += 1
    if (f.kind === 0) leader++
    else if (f.kind === 1) manager++
    else if (f.openFollowUpOn !== undefined && f.openFollowUpOn <= asOf) followUpsDue++
    if (f.mask === 0) continue
    ids.push(f.id)
    dates.push(f.occurredOn)
    days[count] = day
    shares[count] = decayed(f.weight, asOfDay - day) / maskSize(f.mask)
    masks[count] = f.mask
    count++
  }
  return {
    count,
    ids,
    dates,
    days,
    shares,
    masks,
    order: shareOrder(count, ids, days, shares),
    cadenceCounts,
    leader,
    manager,
    followUpsDue,
  }
}

// Floating-point sums follow one canonical order (newest first, then id, then share), so
// the input order of the entries can never change a single bit of the result. Days fit in
// 22 bits (years 0000..9999) and positions in 30, so one float64 holds both exactly and a
// native numeric sort does the heavy lifting; only entries sharing a day compare by id.
const POSITION_SPAN = 2 ** 30
const DAY_CEILING = 2_932_897

/** Facts newest first, then by id: the canonical order but for the share, known per asOf. */
function canonicalOrder(facts: readonly Facts[]): Facts[] {
  const count = facts.length
  const keys = new Float64Array(count)
  for (let i = 0; i < count; i++) keys[i] = (DAY_CEILING - facts[i]!.day) * POSITION_SPAN + i
  keys.sort()
  const sorted = new Array<Facts>(count)
  for (let i = 0; i < count; i++) sorted[i] = facts[keys[i]! % POSITION_SPAN]!
  const byId = (a: Facts, b: Facts) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  for (let start = 0; start < count;) {
    let end = start + 1
    while (end < count && sorted[end]!.day === sorted[start]!.day) end++
    if (end - start > 1) {
      const day = sorted.slice(start, end).sort(byId)
      for (let i = start; i < end; i++) sorted[i] = day[i - start]!
    }
    start = end
  }
  return sorted
}

/**
 * The survey's slots in canonical order: already newest first and by id, so only slots
 * sharing a day and an id (a journal that repeats an id) are put in order of their share.
 */
function shareOrder(
  count: number,
  ids: readonly string[],
  days: Float64Array,
  shares: Float64Array,
): Int32Array {
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  const byShare = (a: number, b: number) => shares[a]! - shares[b]!
  for (let start = 0; start < count;) {
    let end = start + 1
    while (end < count && days[end] === days[start] && ids[end] === ids[start]) end++
    if (end - start > 1) order.subarray(start, end).sort(byShare)
    start = end
  }
  return order
}

/** Evidence points per competency (by position), summed in the canonical order. */
function pointsBySlot(found: Survey): number[] {
  const points = new Array<number>(COMPETENCY_IDS.length).fill(0)
  const { order, masks, shares } = found
  for (let k = 0; k < found.count; k++) {
    const i = order[k]!
    const share = shares[i]!
    for (let mask = masks[i]!, slot = 0; mask; mask >>= 1, slot++) {
      if (mask & 1) points[slot]! += share
    }
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
  assertDate(options.asOf)
  return reportFrom(readFacts(entries), options)
}

/** The scores alone: what a report says before its evidence lists. */
export interface ReadinessSummary {
  asOf: string
  score: number
  competencies: { id: CompetencyId; weight: number; score: number }[]
  gaps: Gap[]
}

/**
 * The scores and gaps computeReadiness would give on each day, from one reading of the
 * entries and without the per-entry evidence (the bulk of a report's cost).
 */
export function readinessOnDays(
  entries: readonly Entry[],
  days: readonly string[],
  options: Omit<ReadinessOptions, 'asOf'>,
): ReadinessSummary[] {
  days.forEach(assertDate)
  const facts = readFacts(entries)
  const weights = resolveWeights(options.role, options.weights)
  const known = summariesOf(facts)
  const weighed = JSON.stringify(weights)
  return days.map((asOf) => {
    const key = `${asOf} ${weighed}`
    let summary = known.get(key)
    if (summary === undefined) {
      summary = summaryOn(facts, asOf, weights)
      // A review looks at two days per period; a few dozen days cover a long sitting.
      if (known.size >= MAX_SUMMARIES) known.clear()
      known.set(key, summary)
    }
    return summary
  })
}

/**
 * The summaries already worked out for a journal, by day and weights: a review going back
 * to a period it showed reads them again. Only read by callers, never changed.
 */
const summariesOf = perJournal((_facts: readonly Facts[]) => new Map<string, ReadinessSummary>())
const MAX_SUMMARIES = 64

function summaryOn(facts: readonly Facts[], asOf: string, weights: Weights): ReadinessSummary {
  const scores = pointsBySlot(survey(facts, asOf)).map(competencyScore)
  const competencies = COMPETENCY_IDS.map((id, slot) => ({
    id,
    weight: weights[id],
    score: scores[slot]!,
  }))
  return {
    asOf,
    score: overall(weights, scores),
    competencies,
    gaps: rankGaps(competencies, asOf),
  }
}

function reportFrom(facts: readonly Facts[], options: ReadinessOptions): ReadinessReport {
  const { asOf } = options
  const weights = resolveWeights(options.role, options.weights)
  const found = survey(facts, asOf)
  const points = pointsBySlot(found)
  const scores = points.map(competencyScore)

  const evidence = COMPETENCY_IDS.map((): Evidence[] => [])
  const { order, masks, shares, ids, dates } = found
  for (let k = 0; k < found.count; k++) {
    const i = order[k]!
    const share = shares[i]!
    for (let mask = masks[i]!, slot = 0; mask; mask >>= 1, slot++) {
      if (!(mask & 1)) continue
      evidence[slot]!.push({
        entryId: ids[i]!,
        occurredOn: dates[i]!,
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

function rankGaps(
  competencies: readonly Pick<CompetencyResult, 'id' | 'weight' | 'score'>[],
  asOf: string,
): Gap[] {
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

// The follow-up rule lives with the entry (shared/entry), where the journal reads it too.
export { isFollowUpDue } from '../entry'

/** The overall score alone, computed exactly as computeReadiness computes it. */
export function readinessScore(entries: readonly Entry[], options: ReadinessOptions): number {
  assertDate(options.asOf)
  return scoreFrom(readFacts(entries), options)
}

function scoreFrom(facts: readonly Facts[], options: ReadinessOptions): number {
  const weights = resolveWeights(options.role, options.weights)
  return overall(weights, pointsBySlot(survey(facts, options.asOf)).map(competencyScore))
}

export interface TrendOptions extends ReadinessOptions {
  /** How many month ends, the last being asOf itself. Default 12. */
  months?: number
}

/**
 * The score at the end of each of the last `months` months, oldest first. The last point
 * is the current month, taken on asOf itself rather than at a month end still to come.
 */
export function readinessTrend(
  entries: readonly Entry[],
  options: TrendOptions,
): { asOf: string; score: number }[] {
  assertDate(options.asOf)
  return trendFrom(readFacts(entries), options)
}

function trendFrom(
  facts: readonly Facts[],
  options: TrendOptions,
): { asOf: string; score: number }[] {
  const months = Math.max(1, Math.floor(options.months ?? 12))
  const points: { asOf: string; score: number }[] = []
  for (let back = months - 1; back >= 0; back--) {
    const monthEnd = endOfMonth(options.asOf, -back)
    const day = monthEnd > options.asOf ? options.asOf : monthEnd
    points.push({ asOf: day, score: scoreFrom(facts, { ...options, asOf: day }) })
  }
  return points
}

export interface ReadinessOverview {
  report: ReadinessReport
  trend: { asOf: string; score: number }[]
  /** The overall score `compareDays` before asOf. */
  earlier: { asOf: string; score: number }
}

/**
 * Everything the dashboard shows, from one reading of the entries: the same numbers as
 * computeReadiness, readinessTrend and readinessScore would give one by one.
 */
export function readinessOverview(
  entries: readonly Entry[],
  options: TrendOptions & { compareDays: number },
): ReadinessOverview {
  assertDate(options.asOf)
  const facts = readFacts(entries)
  const earlierAsOf = addDays(options.asOf, -options.compareDays)
  return {
    report: reportFrom(facts, options),
    trend: trendFrom(facts, options),
    earlier: { asOf: earlierAsOf, score: scoreFrom(facts, { ...options, asOf: earlierAsOf }) },
  }
}
