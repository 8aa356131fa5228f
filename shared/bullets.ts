// Resume bullets from journal entries: pick the candidates, write each one from its
// structured fields, check it, rank by impact and collapse near-duplicates. Pure and
// deterministic: a function of the entries and the options only.
import { LEVELS, type CompetencyId, type Entry } from './entry'
import { resolveWeights, type RoleId, type Weights } from './competencies'
import { toDayNumber } from './dates'
import { composeBullet, highestLevel, metricPhrase } from './bulletCompose'
import { checkText, entryNumbers, hintsFor, type BulletChecks } from './bulletChecks'
import { atomsOf, createShareSafe, nameMatcher, uniquePeople } from './bulletNames'
import { numbersIn } from './bulletText'

export type { BulletChecks } from './bulletChecks'
export { BULLET_MAX_LENGTH } from './bulletText'

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
  /** Replace every person's name with role and level (default true). */
  shareSafe?: boolean
  /** Optional period, inclusive, YYYY-MM-DD. */
  from?: string
  to?: string
}

/** Leadership moments and stakeholder wins; conversations only when marked resume-worthy. */
export function isBulletCandidate(entry: Entry, options: BulletOptions): boolean {
  if (entry.deletedAt !== undefined || entry.occurredOn > options.asOf) return false
  if (options.from !== undefined && entry.occurredOn < options.from) return false
  if (options.to !== undefined && entry.occurredOn > options.to) return false
  return entry.kind !== 'difficult-conversation' || entry.resumeWorthy
}

/** The entry's competencies, the target role's most weighted first. */
export function byWeight(entry: Entry, weights: Weights): CompetencyId[] {
  return [...entry.competencies].sort((a, b) => weights[b] - weights[a])
}

const HALF_LIFE_DAYS = 180

/** Impact: a measurable result, then seniority, recency and fit with the target role. */
function impact(entry: Entry, hasNumber: boolean, weights: Weights, asOfDay: number, top: number) {
  const measurable = entry.metric ? 1 : hasNumber ? 0.5 : 0
  const level = highestLevel(entry)
  const seniority = level === undefined ? 0 : (LEVELS.indexOf(level) + 1) / LEVELS.length
  const age = asOfDay - toDayNumber(entry.occurredOn)
  const recency = 0.5 ** (Math.max(0, age) / HALF_LIFE_DAYS)
  const fit = top > 0 ? Math.max(...entry.competencies.map((c) => weights[c])) / top : 0
  const leader = entry.kind === 'leadership-moment' && entry.mode === 'manager' ? 0 : 0.5
  return 3 * measurable + 2 * seniority + 2 * recency + 2 * fit + leader
}

interface Scored {
  bullet: Omit<Bullet, 'rank'>
  /** Copied from the entry: the sort reads it often, and entries vary in shape. */
  occurredOn: string
  score: number
  /** Distinct word ids of the text (see Vocabulary). */
  tokens: number[]
}

/** Numbers words so near-duplicate checks compare integers, counting how often each occurs. */
class Vocabulary {
  private ids = new Map<string, number>()
  readonly frequency: number[] = []
  // lastText[id] is the last text the word was seen in: repeats are skipped without a Set.
  private lastText: number[] = []
  private texts = 0
  idsOf(words: readonly string[]): number[] {
    const text = ++this.texts
    const out: number[] = []
    for (const word of words) {
      let id = this.ids.get(word)
      if (id === undefined) {
        id = this.frequency.length
        this.ids.set(word, id)
        this.frequency.push(0)
        this.lastText.push(0)
      } else if (this.lastText[id] === text) continue
      this.lastText[id] = text
      this.frequency[id]!++
      out.push(id)
    }
    return out
  }
}

const NEAR_DUPLICATE = 0.8

function jaccard(shared: number, size: number, otherSize: number): number {
  return shared / (size + otherSize - shared)
}

/**
 * Whether two bullets' words (sorted rarest first) have Jaccard >= NEAR_DUPLICATE, given
 * that words[i] and other[j] are the rarest word they share: every word before those
 * is a miss, so the count stops as soon as the misses rule the pair out. `mark[w] ===
 * stamp` says that the first bullet has word w.
 */
function isNearDuplicate(
  words: Int32Array,
  i: number,
  other: Int32Array,
  j: number,
  mark: Int32Array,
  stamp: number,
): boolean {
  const size = words.length
  const otherSize = other.length
  // The fewest shared words that reach the threshold, found with the same division
  // as the final test so rounding cannot make the two disagree.
  let need = Math.min(size, otherSize)
  if (jaccard(need, size, otherSize) < NEAR_DUPLICATE) return false
  while (need > 0 && jaccard(need - 1, size, otherSize) >= NEAR_DUPLICATE) need--
  if (1 + Math.min(size - i - 1, otherSize - j - 1) < need) return false
  const allowedMisses = otherSize - need
  let misses = j
  for (let k = j + 1; k < otherSize && misses <= allowedMisses; k++)
    if (mark[other[k]!] !== stamp) misses++
  return misses <= allowedMisses
}

/**
 * Keeps the strongest of each group of near-duplicates (token Jaccard >= 0.8). Two sets
 * that similar must share a word among each one's rarest few (prefix filtering), so
 * only bullets sharing such a word are compared, and only when the words left after
 * the first shared one could still reach the threshold (positional filtering).
 */
function collapseNearDuplicates(ranked: readonly Scored[], frequency: readonly number[]): Scored[] {
  // Words renumbered rarest first (ties by id): any fixed order finds every
  // near-duplicate pair, rare-first keeps the lists to compare short, and then a
  // bullet's words sorted as numbers are in that order.
  const rarity = new Int32Array(frequency.length)
  frequency
    .map((_, id) => id)
    .sort((a, b) => frequency[a]! - frequency[b]! || a - b)
    .forEach((id, rare) => (rarity[id] = rare))
  // For each word: the kept bullets with it among their rarest, as (bullet, position) pairs.
  const postings: number[][] = Array.from({ length: frequency.length }, () => [])
  const kept: Scored[] = []
  const keptWords: Int32Array[] = []
  // Stamps instead of sets: mark[word] and compared[bullet] equal the current round's
  // stamp when the bullet being checked has that word / was already compared with it.
  const mark = new Int32Array(frequency.length)
  const compared = new Int32Array(ranked.length)
  let stamp = 0
  for (const item of ranked) {
    stamp++
    const size = item.tokens.length
    const words = new Int32Array(size)
    for (let i = 0; i < size; i++) words[i] = rarity[item.tokens[i]!]!
    words.sort()
    for (let i = 0; i < size; i++) mark[words[i]!] = stamp
    const prefix = Math.min(size, size - Math.ceil(NEAR_DUPLICATE * size) + 1)
    let duplicate = false
    search: for (let i = 0; i < prefix; i++) {
      const list = postings[words[i]!]!
      for (let p = 0; p < list.length; p += 2) {
        const at = list[p]!
        if (compared[at] === stamp) continue
        compared[at] = stamp
        duplicate = isNearDuplicate(words, i, keptWords[at]!, list[p + 1]!, mark, stamp)
        if (duplicate) break search
      }
    }
    if (duplicate) continue
    const at = kept.length
    kept.push(item)
    keptWords.push(words)
    for (let i = 0; i < prefix; i++) postings[words[i]!]!.push(at, i)
  }
  return kept
}

/** Numbers in the text that its entry does not contain (none, for a generated bullet). */
function unsupportedIn(text: string, entry: Entry): number[] {
  const numbers = numbersIn(text)
  if (numbers.length === 0) return []
  const known = entryNumbers(entry)
  // The metric as the bullet writes it ("120,000"), read back the same way.
  if (entry.metric) for (const n of numbersIn(metricPhrase(entry.metric))) known.add(n)
  return numbers.filter((n) => !known.has(n))
}

export function generateBullets(entries: readonly Entry[], options: BulletOptions): Bullet[] {
  const shareSafe = options.shareSafe ?? true
  const weights = resolveWeights(options.role)
  const top = Math.max(...Object.values(weights))
  const candidates = entries.filter((entry) => isBulletCandidate(entry, options))
  if (candidates.length === 0) return []
  // Built from every entry, so a colleague named in one entry is hidden in all of them.
  const people = uniquePeople(entries)
  const names = nameMatcher(people)
  const style = {
    shareSafe,
    redact: shareSafe ? createShareSafe(people) : (text: string) => text,
    isName: (word: string) => names?.test(word) ?? false,
  }
  const vocabulary = new Vocabulary()
  // Parsed once here rather than once per entry.
  const asOfDay = toDayNumber(options.asOf)
  const scored: Scored[] = candidates.map((entry) => {
    const competencies = byWeight(entry, weights)
    const primary = competencies[0] ?? entry.competencies[0] ?? 'results'
    const text = composeBullet(entry, primary, style)
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
    return {
      bullet: { entryId: entry.id, text, competencies, checks, hints },
      occurredOn: entry.occurredOn,
      score: impact(entry, checks.hasNumber, weights, asOfDay, top),
      tokens: vocabulary.idsOf(atoms),
    }
  })
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0) ||
      (a.bullet.entryId < b.bullet.entryId ? -1 : a.bullet.entryId > b.bullet.entryId ? 1 : 0),
  )
  return collapseNearDuplicates(scored, vocabulary.frequency).map((item, i) => ({
    ...item.bullet,
    rank: i + 1,
  }))
}

/**
 * Checks for text the user wrote over a bullet: the same badges and hints as a
 * generated one, plus a warning for any number the entry does not contain.
 */
export function createBulletChecker(
  entries: readonly Entry[],
  role?: RoleId,
): (text: string, entry: Entry) => Pick<Bullet, 'checks' | 'hints'> {
  const names = nameMatcher(uniquePeople(entries))
  const weights = resolveWeights(role)
  return (text, entry) => {
    const trimmed = text.trim()
    const checks = checkText(trimmed, names)
    const unsupported = unsupportedIn(trimmed, entry)
    const primary = byWeight(entry, weights)[0] ?? 'results'
    return { checks, hints: hintsFor(checks, primary, { hasResult: true, unsupported }) }
  }
}
