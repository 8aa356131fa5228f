// Resume bullets from journal entries: pick the candidates, rank them by impact, write
// each one from its structured fields, check it and collapse near-duplicates. Pure and
// deterministic: a function of the entries and the options only.
import { type CompetencyId, type Entry } from '../entry'
import { resolveWeights, type RoleId, type Weights } from '../entry'
import { HALF_LIFE_DAYS, perJournal } from '../readiness'
import { toDayNumber } from '../time'
import { byWeight, competenciesByWeight, factsOf, weightsKey, type EntryFacts } from './entryFacts'
import { composeBullet } from './compose'
import { checkText, entryNumbers, hintsFor, unsupportedNumbers, type BulletChecks } from './checks'
import { Cast } from './mentions'
import { metricPhrase } from './metric'
import { atomsOf, journalPeople, nameMatcher, uniquePeople, type NameFinder } from './names'
import { numbersIn } from './text'
import { Heap } from './heap'
import { admitAll } from './decisions'
import { NearDuplicateFilter } from './nearDuplicates'
import { currentWordTable, type WordTable } from './wordIds'
import { ownersKey, peopleVersion, WrittenCache } from './writtenCache'

export type { BulletChecks } from './checks'
export { BULLET_MAX_LENGTH } from './text'

export interface Bullet {
  entryId: string
  text: string
  competencies: CompetencyId[]
  /** 1 = strongest. */
  rank: number
  checks: BulletChecks
  /** What would make it stronger, in plain words. */
  hints: string[]
}

export interface BulletOptions {
  /** Entries dated after this day are not evidence yet. */
  asOf: string
  role?: RoleId
  /** The user's own competency weights, over the role's (as readiness uses them). */
  weights?: Partial<Record<CompetencyId, number>>
  /** Replace every person's name with role and level (default true). */
  shareSafe?: boolean
  /** Optional period, inclusive, YYYY-MM-DD. */
  from?: string
  to?: string
  /** Only the strongest this many (default all): the rest are never written. */
  limit?: number
}

/** Leadership moments and stakeholder wins; conversations only when marked resume-worthy. */
export function isBulletCandidate(entry: Entry, options: BulletOptions): boolean {
  if (entry.deletedAt !== undefined || entry.occurredOn > options.asOf) return false
  if (options.from !== undefined && entry.occurredOn < options.from) return false
  if (options.to !== undefined && entry.occurredOn > options.to) return false
  return entry.kind !== 'difficult-conversation' || entry.resumeWorthy
}

export { byWeight } from './entryFacts'

/** Impact: a measurable result, then seniority, recency and fit with the target role. */
function impact(
  entry: Entry,
  facts: EntryFacts,
  hasNumber: boolean,
  weights: Weights,
  asOfDay: number,
  top: number,
) {
  const measurable = entry.metric ? 1 : hasNumber ? 0.5 : 0
  const age = asOfDay - facts.day
  // Recent work ranks higher, halving over the readiness score's half-life.
  const recency = 0.5 ** (Math.max(0, age) / HALF_LIFE_DAYS)
  const fit = top > 0 ? highestWeight(entry.competencies, weights) / top : 0
  return 3 * measurable + 2 * facts.seniority + 2 * recency + 2 * fit + facts.leader
}

/** Math.max of the competencies' weights (-Infinity for none), without an array. */
function highestWeight(competencies: readonly CompetencyId[], weights: Weights): number {
  let highest = -Infinity
  for (const c of competencies) highest = Math.max(highest, weights[c])
  return highest
}

/** Numbers in the text that its entry does not contain (none, for a generated bullet). */
function unsupportedIn(text: string, entry: Entry): number[] {
  if (numbersIn(text).length === 0) return []
  const known = entryNumbers(entry)
  // The metric as the bullet writes it ("120,000"), read back the same way.
  if (entry.metric) for (const n of numbersIn(metricPhrase(entry.metric))) known.add(n)
  return unsupportedNumbers(text, known)
}

export function generateBullets(entries: readonly Entry[], options: BulletOptions): Bullet[] {
  return rankBullets(entries, options).take(options.limit ?? Infinity)
}

/** The ranked bullets, written only as far as they are read. */
export interface BulletRanking {
  /** The strongest `count` bullets (fewer when the journal has fewer). */
  take(count: number): Bullet[]
}

interface Pending {
  entry: Entry
  facts: EntryFacts
  /** Input order: the last tie-break, so equal candidates keep the journal's order. */
  index: number
  score: number
  /** False while the score assumes a number the written bullet may turn out to lack. */
  exact: boolean
  /**
   * The bullet and its words' ids (atomsOf, each once, see wordIds.ts): all the
   * near-duplicate check needs.
   */
  written?: { bullet: Omit<Bullet, 'rank'>; words: Int32Array }
}

/** Stronger first; then newer; then by id and input order, so the ranking is total. */
function ranksBefore(a: Pending, b: Pending): boolean {
  if (a.score !== b.score) return a.score > b.score
  const x = a.entry
  const y = b.entry
  if (x.occurredOn !== y.occurredOn) return x.occurredOn > y.occurredOn
  if (x.id !== y.id) return x.id < y.id
  return a.index < b.index
}

/**
 * The journal's people and the finder of their names: the same for every bullet list of
 * one journal, whatever the role, period or share-safe mode, so kept per journal array
 * (see perJournal in shared/readiness). Read only: Cast and the checks never change them.
 * With them, what the written-bullet cache needs to know of them (see writtenCache.ts).
 */
const peopleOfJournal = perJournal((entries: readonly Entry[]) => {
  const { unique, worded } = journalPeople(entries)
  const holders = new Map(unique.map((person, i) => [person, i]))
  return {
    unique,
    worded,
    names: nameMatcher(unique),
    holders,
    version: peopleVersion(unique, worded),
  }
})

/** Bullets already written, for any journal holding the same entry objects. */
const writtenBullets = new WrittenCache<Written>()

/** At most this many bullets are written before the first read to forecast word frequency. */
const FORECAST_SAMPLE = 64

type Written = NonNullable<Pending['written']>

/** A pending bullet written and given its true score. */
type Settled = Pending & { written: Written }

/** Shared by calls through the cache: read only. */
function writeBullet(
  entry: Entry,
  competencies: CompetencyId[],
  cast: Cast,
  names: NameFinder | null,
  table: WordTable,
): Written {
  const primary = competencies[0] ?? entry.competencies[0] ?? 'results'
  const text = composeBullet(entry, primary, cast)
  const atoms = atomsOf(text)
  const checks = checkText(text, names, atoms)
  const hasResult =
    entry.metric !== undefined ||
    (entry.kind === 'leadership-moment' && entry.result.trim() !== '') ||
    entry.kind === 'stakeholder-win' ||
    (entry.kind === 'difficult-conversation' && entry.outcome === 'resolved')
  // Numbers come only from the entry by construction (property-tested), so generated
  // bullets skip the "number not in the entry" look that edited ones get.
  const hints = hintsFor(checks, primary, { hasResult })
  const words = table.idsOf(atoms)
  return { bullet: { entryId: entry.id, text, competencies, checks, hints }, words }
}

/**
 * The near-duplicate checks compare fewer pairs when each bullet's rare words lead
 * (they are exact whatever the order), so the filter gets a forecast of how common
 * each word is: the true counts when everything is read at once (every bullet is
 * written anyway), else counts from an even sample of as many bullets as the first
 * read asks for, at most FORECAST_SAMPLE. Sampled bullets are kept for their turn.
 */
function rarityFilter(
  pending: readonly Pending[],
  count: number,
  write: (item: Pending) => Written,
  table: WordTable,
): NearDuplicateFilter {
  const all = count >= pending.length
  const size = all ? pending.length : Math.min(count, FORECAST_SAMPLE)
  const step = Math.max(1, Math.floor(pending.length / Math.max(1, size)))
  const sample: Int32Array[] = []
  for (let i = 0; i < pending.length && sample.length < size; i += step) {
    const item = pending[i]!
    item.written ??= write(item)
    sample.push(item.written.words)
  }
  // In how many of the sampled bullets each word occurs (their words are each once),
  // counted once they are all written, so the table has every id.
  const counts = new Int32Array(table.size)
  // Indexed loops: this runs once per ranking, mostly before the optimiser has a look.
  for (const words of sample) for (let i = 0; i < words.length; i++) counts[words[i]!]!++
  return new NearDuplicateFilter(counts)
}

/**
 * Ranks bullets by impact and collapses near-duplicates, writing each bullet only when
 * it comes up. Scores are known from the structured fields except whether the written
 * text keeps a number; until written, a candidate that may show one is ranked as if it
 * does (an upper bound) and re-queued with its true score if not. So the order is
 * exactly that of scoring and sorting every bullet, at the cost of the ones read; and
 * when the first read asks for every bullet, that is what it does (sortedAll).
 */
export function rankBullets(entries: readonly Entry[], options: BulletOptions): BulletRanking {
  const shareSafe = options.shareSafe ?? true
  const weights = resolveWeights(options.role, options.weights)
  const top = Math.max(...Object.values(weights))
  const candidates = entries.filter((entry) => isBulletCandidate(entry, options))
  // Built from every entry, so a colleague named in one entry is hidden in all of them.
  const { unique, worded, names, holders, version } = peopleOfJournal(entries)
  // Every bullet of this ranking gets its word ids from this one table; the cache key
  // holds its generation, so a bullet written with an older table is written again.
  const table = currentWordTable()
  // Made on the first bullet not in the cache.
  let cast: Cast | undefined
  const byWeightKey = weightsKey(weights)
  const shared = `${version} ${table.generation} ${shareSafe}`
  const write = ({ entry, facts }: Pending) => {
    const { competencies, joined } = competenciesByWeight(entry, facts, weights, byWeightKey)
    const owners = ownersKey(entry, holders)
    return writtenBullets.get(entry, shared, joined, owners, () => {
      cast ??= new Cast(unique, shareSafe, names, worded)
      return writeBullet(entry, competencies, cast, names, table)
    })
  }
  // Parsed once here rather than once per entry.
  const asOfDay = toDayNumber(options.asOf)
  const pending = candidates.map((entry, index): Pending => {
    const facts = factsOf(entry)
    const number = facts.mayShowNumber
    const score = impact(entry, facts, number, weights, asOfDay, top)
    return { entry, facts, index, score, exact: entry.metric !== undefined || !number }
  })
  /** Gives the pending bullet its true score: false when that changed it. */
  const settle = (item: Settled): boolean => {
    if (item.exact) return true
    item.exact = true
    const { entry, facts, written } = item
    const score = impact(entry, facts, written.bullet.checks.hasNumber, weights, asOfDay, top)
    if (score === item.score) return true
    item.score = score
    return false
  }
  const ranked: Bullet[] = []
  // The strongest bullet left that is no near-duplicate of a stronger one. Made on the
  // first read, when it is known how much will be read (see rarityFilter).
  let next: (() => Settled | undefined) | undefined

  return {
    take(count) {
      if (!next) {
        const filter = rarityFilter(pending, count, write, table)
        next =
          count >= pending.length
            ? sortedAll(pending, settle, write, filter, table.generation)
            : fromHeap(pending, settle, write, filter)
      }
      while (ranked.length < count) {
        const item = next()
        if (!item) break
        ranked.push(copyOf(item.written.bullet, ranked.length + 1))
      }
      return ranked.slice(0, count)
    },
  }
}

/**
 * When every bullet is read, every one is written (rarityFilter did already): each gets
 * its true score and they are sorted once, which costs less than a heap's pops.
 */
function sortedAll(
  pending: readonly Pending[],
  settle: (item: Settled) => boolean,
  write: (item: Pending) => Written,
  filter: NearDuplicateFilter,
  generation: number,
) {
  const order = pending.map((item) => {
    item.written ??= write(item)
    settle(item as Settled)
    return item as Settled
  })
  order.sort((a, b) => (a === b ? 0 : ranksBefore(a, b) ? -1 : 1))
  // All at once, so the last such ranking's decisions can be reused (decisions.ts).
  const kept = admitAll(
    filter,
    order.map((item) => item.written.words),
    generation,
  )
  let at = 0
  return (): Settled | undefined => {
    while (at < order.length && !kept[at]) at++
    return order[at++]
  }
}

/** The strongest bullet left that the filter admits, written as it comes up (see rankBullets). */
function fromHeap(
  pending: readonly Pending[],
  settle: (item: Settled) => boolean,
  write: (item: Pending) => Written,
  filter: NearDuplicateFilter,
) {
  // The heap takes its array over; `pending` stays in input order for the forecast sample.
  const queue = new Heap<Pending>([...pending], ranksBefore)
  return (): Settled | undefined => {
    for (;;) {
      const item = queue.pop()
      if (!item) return undefined
      item.written ??= write(item)
      if (!settle(item as Settled)) queue.push(item)
      else if (filter.admit(item.written.words)) return item as Settled
    }
  }
}

/** The cached bullet with its rank, in objects of its own: a caller may change them. */
function copyOf(bullet: Omit<Bullet, 'rank'>, rank: number): Bullet {
  const { entryId, text, competencies, checks, hints } = bullet
  return {
    entryId,
    text,
    competencies: [...competencies],
    checks: { ...checks },
    hints: [...hints],
    rank,
  }
}

/**
 * Checks for text the user wrote over a bullet: the same badges and hints as a
 * generated one, plus a warning for any number the entry does not contain.
 */
export function createBulletChecker(
  entries: readonly Entry[],
  role?: RoleId,
  custom?: BulletOptions['weights'],
): (text: string, entry: Entry) => Pick<Bullet, 'checks' | 'hints'> {
  const names = nameMatcher(uniquePeople(entries))
  const weights = resolveWeights(role, custom)
  return (text, entry) => {
    const trimmed = text.trim()
    const checks = checkText(trimmed, names)
    const unsupported = unsupportedIn(trimmed, entry)
    const primary = byWeight(entry, weights)[0] ?? 'results'
    return { checks, hints: hintsFor(checks, primary, { hasResult: true, unsupported }) }
  }
}
