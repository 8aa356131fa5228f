// Which entries are the case's evidence, in what order of strength, and in which story
// section each one is told. Pure: a function of the entries and the options.
import { isLive, type Entry } from '../entry'
import type { Bullet } from '../bullets'
import { entryValue } from '../readiness'
import type { PromotionBulletEdit, StorySection } from './types'

/** Live entries dated inside the period and not after `asOf`. */
export function entriesIn(
  entries: readonly Entry[],
  period: { from: string; to: string },
  asOf: string,
): Entry[] {
  return entries.filter(
    (e) => isLive(e, asOf) && e.occurredOn >= period.from && e.occurredOn <= period.to,
  )
}

/** Undecayed value: within a year-long case an older result is no weaker for its age. */
function weightOf(entry: Entry, asOf: string): number {
  const { base, seniority, impact } = entryValue(entry, asOf)
  return base * seniority * impact
}

/**
 * Strongest first: entries with a bullet in the Bullets view's order (its impact ranking,
 * which the user pins and hides against), then the rest (conversations that are not
 * resume material, near-duplicates) by value: seniority, a measurable result, acting as
 * leader. Ties go to the newer entry, then the smaller id, so the order is total.
 */
export function strongestFirst(
  entries: readonly Entry[],
  bullets: readonly Bullet[],
  asOf: string,
): Entry[] {
  const rank = new Map(bullets.map((b, i) => [b.entryId, i]))
  const weight = new Map(entries.map((e) => [e.id, weightOf(e, asOf)]))
  return [...entries].sort((a, b) => {
    const ra = rank.get(a.id)
    const rb = rank.get(b.id)
    if (ra !== undefined || rb !== undefined) {
      if (ra === undefined) return 1
      if (rb === undefined) return -1
      return ra - rb
    }
    const wa = weight.get(a.id) ?? 0
    const wb = weight.get(b.id) ?? 0
    if (wa !== wb) return wb - wa
    if (a.occurredOn !== b.occurredOn) return a.occurredOn > b.occurredOn ? -1 : 1
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
}

/**
 * The story sections an entry belongs in, best first. Lifting others (influence) and
 * developing people are the rarest evidence for a project manager, so they claim an entry
 * first; then a process changed; then a number; then an outcome owned or a root cause
 * fixed; then stakeholders aligned. Coordinating (a leadership moment logged as manager)
 * is told only by its number, and a conversation only under people or stakeholders.
 */
export function sectionsFor(entry: Entry): StorySection[] {
  const has = (id: Entry['competencies'][number]) => entry.competencies.includes(id)
  const managed = entry.kind === 'leadership-moment' && entry.mode === 'manager'
  const talk = entry.kind === 'difficult-conversation'
  const fits: StorySection[] = []
  if (!managed && has('influence')) fits.push('influence')
  if (!managed && has('people')) fits.push('people')
  if (!managed && !talk && has('process')) fits.push('organisation')
  if (entry.metric) fits.push('impact')
  if (!managed && !talk && has('results')) fits.push('organisation')
  if (!managed && (has('stakeholders') || (!talk && has('communication')))) fits.push('influence')
  return [...new Set(fits)]
}

export interface Placement {
  entries: Record<StorySection, Entry[]>
  more: Record<StorySection, number>
}

/**
 * Tells each entry once, where it is strongest: pinned entries first (in the order the
 * user pinned them), then strongest first, each into its best section with room left;
 * an entry with no room anywhere counts as "more" in its best section. Hidden entries
 * are not told.
 */
export function placeEntries(
  ordered: readonly Entry[],
  edits: ReadonlyMap<string, PromotionBulletEdit>,
  pinOrder: readonly string[],
  caps: Record<StorySection, number>,
): Placement {
  const placement: Placement = {
    entries: { impact: [], organisation: [], people: [], influence: [] },
    more: { impact: 0, organisation: 0, people: 0, influence: 0 },
  }
  const byId = new Map(ordered.map((e) => [e.id, e]))
  const pinned = [...new Set(pinOrder)].flatMap((id) => byId.get(id) ?? [])
  const rest = ordered.filter((e) => !edits.get(e.id)?.pinned)
  for (const entry of [...pinned, ...rest]) {
    if (edits.get(entry.id)?.hidden) continue
    const fits = sectionsFor(entry)
    const home = fits.find((s) => placement.entries[s].length < caps[s])
    if (home) placement.entries[home].push(entry)
    else if (fits[0]) placement.more[fits[0]]++
  }
  return placement
}
