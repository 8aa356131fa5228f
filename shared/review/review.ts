// The quarterly review as data: what the Markdown, HTML and DOCX renderers print and what
// the JSON export writes. It is built share-safe (names already replaced) so no renderer
// can leak a name by forgetting to redact, and it is deterministic: no clock, stable order.
import { addDays, endOfMonth } from '../time'
import {
  ENTRY_KINDS,
  KIND_LABELS,
  type CompetencyId,
  type Entry,
  type EntryKind,
  type Outcome,
  type Person,
} from '../entry'
import { COMPETENCY_BY_ID, DEFAULT_ROLE, ROLE_BY_ID, type RoleId } from '../entry'
import { createRedactor, keepNames, personLabel, type Redactor } from '../entry'
import { readinessOnDays, type ReadinessSummary } from '../readiness'
import { generateBullets } from '../bullets'
import { BAND_LABELS, bandOf, type Band } from '../readiness'
import { periodFromRange, previousPeriod, type Period } from '../time'
import { metricText } from './text'
import { OUTCOME_LABELS, REVIEW_SECTIONS, type ReviewSectionId, DEFAULT_SECTIONS } from './sections'

export { REVIEW_SECTIONS, SECTION_TITLES, DEFAULT_SECTIONS, OUTCOME_LABELS } from './sections'
export type { ReviewSectionId } from './sections'

/** How many bullets the highlights section shows. */
export const HIGHLIGHT_COUNT = 5
/** How many gaps become goals for the next quarter. */
export const GOAL_COUNT = 3

export interface ReviewOptions {
  /** First day, inclusive, YYYY-MM-DD. */
  from: string
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string
  role?: RoleId
  weights?: Partial<Record<CompetencyId, number>>
  /** Replace every name with role and level. Default true: exports leave the machine. */
  shareSafe?: boolean
  /** Adds the full log; also implied by listing 'log' in `sections`. */
  includeLog?: boolean
  /** Which sections to include, printed in the standard order. Default: all but the log. */
  sections?: readonly ReviewSectionId[]
  /** Overrides the period's name, e.g. "FY2027 Q1" (default: "2026 Q4" or the date range). */
  label?: string
  /** The period to compare with (default: the previous quarter, or the same length before). */
  previous?: { from: string; to: string; label?: string }
  /**
   * Today, when the period is not over yet: readiness and bullets are then judged as of
   * this day instead of a day in the future. Leave out for a finished period.
   */
  asOf?: string
}

export interface ReviewPeriod {
  from: string
  to: string
  label: string
}

export type KindCounts = Record<EntryKind, number> & { total: number }

export interface ReadinessPoint {
  asOf: string
  /** Rounded as displayed, so start, end and change always agree. */
  score: number
  band: Band
  bandLabel: string
}

export interface ReviewSummary {
  counts: KindCounts
  previousCounts: KindCounts
  readiness: { start: ReadinessPoint; end: ReadinessPoint; change: number }
  /** Leadership moments logged as leader versus as manager. */
  modes: { leader: number; manager: number }
  /** Entries with a measurable result. */
  measured: number
}

export interface ReviewHighlight {
  entryId: string
  text: string
  occurredOn: string
  competencies: CompetencyId[]
}

export interface EvidenceItem {
  entryId: string
  kind: EntryKind
  title: string
  occurredOn: string
}

export interface CompetencyEvidence {
  id: CompetencyId
  name: string
  /** Weight in the target role, in whole percent. */
  weight: number
  scoreStart: number
  scoreEnd: number
  entries: EvidenceItem[]
}

export interface WinItem {
  entryId: string
  title: string
  occurredOn: string
  stakeholder: string
  need: string
  delivered: string
  feedback: string
  result?: string
}

export interface ConversationItem {
  entryId: string
  title: string
  occurredOn: string
  counterpart: string
  topic: string
  outcome: Outcome
  outcomeLabel: string
  lesson: string
  followUpOn?: string
  followUpDone: boolean
}

export interface GrowthItem {
  entryId: string
  kind: EntryKind
  title: string
  occurredOn: string
  detail: string
  result?: string
}

export interface ReflectionItem {
  entryId: string
  title: string
  occurredOn: string
  text: string
}

export interface GapItem {
  id: CompetencyId
  name: string
  weight: number
  score: number
  suggestions: string[]
}

export interface LogItem {
  entryId: string
  kind: EntryKind
  kindLabel: string
  title: string
  occurredOn: string
  competencies: string[]
  people: string[]
  result?: string
  tags: string[]
  /** The kind-specific fields with their labels, empty ones left out. */
  details: { label: string; text: string }[]
  notes: string
}

export interface Review {
  format: 'leadlog-review'
  version: 1
  title: string
  period: ReviewPeriod
  previousPeriod: ReviewPeriod
  role: { id: RoleId; name: string }
  shareSafe: boolean
  /** Included sections in print order; only these have data below. */
  sections: ReviewSectionId[]
  summary?: ReviewSummary
  highlights?: ReviewHighlight[]
  competencies?: CompetencyEvidence[]
  wins?: WinItem[]
  conversations?: ConversationItem[]
  growth?: { entries: GrowthItem[]; reflections: ReflectionItem[] }
  gaps?: GapItem[]
  log?: LogItem[]
}

function byDateThenId(a: Entry, b: Entry): number {
  return a.occurredOn < b.occurredOn
    ? -1
    : a.occurredOn > b.occurredOn
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
}

function countKinds(entries: readonly Entry[]): KindCounts {
  const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as KindCounts
  counts.total = entries.length
  for (const entry of entries) counts[entry.kind] += 1
  return counts
}

/** The live entries of each range, sorted by date then id: one pass over the journal. */
function inRanges(
  entries: readonly Entry[],
  ranges: readonly { from: string; to: string }[],
): Entry[][] {
  const found = ranges.map((): Entry[] => [])
  for (const e of entries) {
    if (e.deletedAt !== undefined) continue
    const day = e.occurredOn
    ranges.forEach((range, i) => {
      if (day >= range.from && day <= range.to) found[i]!.push(e)
    })
  }
  return found.map((list) => list.sort(byDateThenId))
}

/** A person as the export shows them: role and level in share-safe mode. */
function personText(person: Person, shareSafe: boolean, redactor: Redactor): string {
  return shareSafe ? redactor.person(person) : personLabel(person)
}

function logDetails(entry: Entry): { label: string; text: string }[] {
  const labelled: [string, string][] =
    entry.kind === 'leadership-moment'
      ? [
          ['Situation', entry.situation],
          ['Task', entry.task],
          ['Action', entry.action],
          ['Result', entry.result],
          ['Reflection', entry.reflection],
          ['Acted as', entry.mode === 'leader' ? 'Leader' : 'Manager'],
        ]
      : entry.kind === 'difficult-conversation'
        ? [
            ['Topic', entry.topic],
            ['Preparation', entry.preparation],
            ['What I said', entry.whatISaid],
            ['Outcome', OUTCOME_LABELS[entry.outcome]],
            ['Lesson', entry.lesson],
          ]
        : [
            ['Need', entry.need],
            ['Delivered', entry.delivered],
            ['Feedback', entry.feedback],
          ]
  return labelled
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => ({ label, text: text.trim() }))
}

/** What a growth entry shows: the most telling line for its kind. */
function growthDetail(entry: Entry): string {
  if (entry.kind === 'leadership-moment') return entry.result || entry.action
  if (entry.kind === 'difficult-conversation') return entry.lesson || entry.topic
  return entry.delivered
}

function readinessPoint(score: number, asOf: string): ReadinessPoint {
  const shown = Math.round(score)
  const band = bandOf(shown)
  return { asOf, score: shown, band, bandLabel: BAND_LABELS[band] }
}

/** Builds the review for a period. Pure: the same entries and options give the same object. */
export function buildReview(entries: readonly Entry[], options: ReviewOptions): Review {
  const period: Period = periodFromRange(options.from, options.to)
  const prior = options.previous ?? previousPeriod(period)
  const shareSafe = options.shareSafe ?? true
  const roleId = options.role ?? DEFAULT_ROLE
  // Names from every entry (also deleted and out-of-period ones): a colleague named in
  // one entry is hidden wherever another entry mentions them.
  // The smallest id decides a shared name's label, so input order never changes it.
  const redactor: Redactor = shareSafe ? createRedactor(entries, { firstBy: 'id' }) : keepNames
  const text = (value: string) => (shareSafe ? redactor.text(value) : value).trim()
  const person = (p: Person) => personText(p, shareSafe, redactor)
  const metric = (entry: Entry) => (entry.metric ? text(metricText(entry.metric)) : undefined)

  const wanted = new Set<ReviewSectionId>(options.sections ?? DEFAULT_SECTIONS)
  if (options.includeLog) wanted.add('log')
  const sections = REVIEW_SECTIONS.filter((id) => wanted.has(id))

  const [inPeriod, inPrior] = inRanges(entries, [period, prior]) as [Entry[], Entry[]]
  const endAsOf = options.asOf && options.asOf < period.to ? options.asOf : period.to
  const startAsOf = addDays(period.from, -1)
  const readinessOptions = { role: roleId, weights: options.weights }
  const [atStart, atEnd] = readinessOnDays(entries, [startAsOf, endAsOf], readinessOptions) as [
    ReadinessSummary,
    ReadinessSummary,
  ]

  const review: Review = {
    format: 'leadlog-review',
    version: 1,
    // Any three whole months is a quarter (also a fiscal one); other ranges are "Review".
    title: `${isQuarterShaped(period) ? 'Quarterly review' : 'Review'}: ${options.label ?? period.label}`,
    period: { from: period.from, to: period.to, label: options.label ?? period.label },
    previousPeriod: {
      from: prior.from,
      to: prior.to,
      label: prior.label ?? periodFromRange(prior.from, prior.to).label,
    },
    role: { id: roleId, name: ROLE_BY_ID[roleId].name },
    shareSafe,
    sections,
  }

  if (wanted.has('summary')) {
    const start = readinessPoint(atStart.score, startAsOf)
    const end = readinessPoint(atEnd.score, endAsOf)
    const moments = inPeriod.filter((e) => e.kind === 'leadership-moment')
    review.summary = {
      counts: countKinds(inPeriod),
      previousCounts: countKinds(inPrior),
      readiness: { start, end, change: end.score - start.score },
      modes: {
        leader: moments.filter((e) => e.mode === 'leader').length,
        manager: moments.filter((e) => e.mode === 'manager').length,
      },
      measured: inPeriod.filter((e) => e.metric !== undefined).length,
    }
  }

  if (wanted.has('highlights')) {
    const byId = new Map(inPeriod.map((e) => [e.id, e]))
    // The strongest few of the period: the ranking writes no more bullets than these.
    review.highlights = generateBullets(entries, {
      asOf: endAsOf,
      role: roleId,
      weights: options.weights,
      shareSafe,
      from: period.from,
      to: period.to,
      limit: HIGHLIGHT_COUNT,
    }).map((bullet) => ({
      entryId: bullet.entryId,
      text: text(bullet.text),
      occurredOn: byId.get(bullet.entryId)?.occurredOn ?? '',
      competencies: [...bullet.competencies],
    }))
  }

  if (wanted.has('competencies')) {
    const startScores = new Map(atStart.competencies.map((c) => [c.id, c.score]))
    review.competencies = [...atEnd.competencies]
      .sort((a, b) => b.weight - a.weight || order(a.id) - order(b.id))
      .map((c) => ({
        id: c.id,
        name: COMPETENCY_BY_ID[c.id].name,
        weight: Math.round(c.weight * 100),
        scoreStart: Math.round(startScores.get(c.id) ?? 0),
        scoreEnd: Math.round(c.score),
        entries: inPeriod
          .filter((e) => e.competencies.includes(c.id))
          .map((e) => ({
            entryId: e.id,
            kind: e.kind,
            title: text(e.title),
            occurredOn: e.occurredOn,
          })),
      }))
  }

  if (wanted.has('wins')) {
    review.wins = inPeriod.flatMap((e) =>
      e.kind === 'stakeholder-win'
        ? [
            {
              entryId: e.id,
              title: text(e.title),
              occurredOn: e.occurredOn,
              stakeholder: person(e.stakeholder),
              need: text(e.need),
              delivered: text(e.delivered),
              feedback: text(e.feedback),
              ...(e.metric ? { result: metric(e) } : {}),
            },
          ]
        : [],
    )
  }

  if (wanted.has('conversations')) {
    review.conversations = inPeriod.flatMap((e) =>
      e.kind === 'difficult-conversation'
        ? [
            {
              entryId: e.id,
              title: text(e.title),
              occurredOn: e.occurredOn,
              counterpart: person(e.counterpart),
              topic: text(e.topic),
              outcome: e.outcome,
              outcomeLabel: OUTCOME_LABELS[e.outcome],
              lesson: text(e.lesson),
              ...(e.followUpOn ? { followUpOn: e.followUpOn } : {}),
              followUpDone: e.followUpDoneAt !== undefined,
            },
          ]
        : [],
    )
  }

  if (wanted.has('growth')) {
    review.growth = {
      entries: inPeriod
        .filter((e) => e.competencies.includes('growth'))
        .map((e) => ({
          entryId: e.id,
          kind: e.kind,
          title: text(e.title),
          occurredOn: e.occurredOn,
          detail: text(growthDetail(e)),
          ...(e.metric ? { result: metric(e) } : {}),
        })),
      reflections: inPeriod.flatMap((e) =>
        e.kind === 'leadership-moment' && e.reflection.trim()
          ? [
              {
                entryId: e.id,
                title: text(e.title),
                occurredOn: e.occurredOn,
                text: text(e.reflection),
              },
            ]
          : [],
      ),
    }
  }

  if (wanted.has('gaps')) {
    const scores = new Map(atEnd.competencies.map((c) => [c.id, c]))
    review.gaps = atEnd.gaps.slice(0, GOAL_COUNT).map((gap) => ({
      id: gap.id,
      name: COMPETENCY_BY_ID[gap.id].name,
      weight: Math.round((scores.get(gap.id)?.weight ?? 0) * 100),
      score: Math.round(scores.get(gap.id)?.score ?? 0),
      suggestions: gap.suggestions.map(text),
    }))
  }

  if (wanted.has('log')) {
    review.log = inPeriod.map((e) => ({
      entryId: e.id,
      kind: e.kind,
      kindLabel: KIND_LABELS[e.kind],
      title: text(e.title),
      occurredOn: e.occurredOn,
      competencies: e.competencies.map((id) => COMPETENCY_BY_ID[id].name),
      people: dedupe(
        [
          ...(e.kind === 'difficult-conversation' ? [e.counterpart] : []),
          ...(e.kind === 'stakeholder-win' ? [e.stakeholder] : []),
          ...e.people,
        ].map(person),
      ),
      ...(e.metric ? { result: metric(e) } : {}),
      tags: e.tags.map(text),
      details: logDetails(e).map((d) => ({ label: d.label, text: text(d.text) })),
      notes: text(e.notes),
    }))
  }

  return review
}

function isQuarterShaped(period: { from: string; to: string }): boolean {
  return period.from.endsWith('-01') && period.to === endOfMonth(period.from, 2)
}

function order(id: CompetencyId): number {
  return Object.keys(COMPETENCY_BY_ID).indexOf(id)
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)]
}
