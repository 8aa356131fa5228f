// What every section of the review reads: the period's entries, readiness at both ends,
// and the one way text and people are written. Names are replaced here, once, so no
// section (and no renderer) can leak one by forgetting to redact.
import {
  createRedactor,
  keepNames,
  type CompetencyId,
  type Entry,
  type Metric,
  type Person,
  type RoleId,
} from '../entry'
import { memoiseByObject } from '../format'
import { readinessOnDays, type ReadinessSummary } from '../readiness'
import { addDays, type Period } from '../time'
import type { ReviewSectionId } from './outline'
import { inRangesOf } from './periodEntries'
import { metricText } from './text'
import type { ReviewBulletEdit, ReviewNarrative } from './types'

export interface ReviewContext {
  /** The whole journal: bullets are ranked within it. */
  entries: readonly Entry[]
  period: Period
  /** The live entries of the period and of the one compared with, by date then id. */
  inPeriod: Entry[]
  inPrior: Entry[]
  roleId: RoleId
  weights?: Partial<Record<CompetencyId, number>>
  shareSafe: boolean
  /** Print readiness figures (scores, bands, weights). */
  showScores: boolean
  /** The sections being built, in print order. */
  sections: readonly ReviewSectionId[]
  /** The user's edits, pins and hides by entry id; pins in the order given. */
  edits: ReadonlyMap<string, ReviewBulletEdit>
  /** The user's own words, trimmed, blank ones left out; names not yet replaced. */
  narrative: { summary?: string; asks?: string; goals: string[] }
  /** The day before the period, and its last day (or today, while it runs). */
  startAsOf: string
  endAsOf: string
  atStart: ReadinessSummary
  atEnd: ReadinessSummary
  /** Free text as the review prints it: names replaced when share-safe, trimmed. */
  text: (value: string) => string
  /**
   * A person as the review shows them: described ("a project manager on my team", later
   * "the project manager") when share-safe, else "Aisha Bello, Project manager".
   */
  person: (person: Person) => string
  /** The entry's measurable result as text, when it has one. */
  metric: (entry: Entry) => string | undefined
}

export interface ContextOptions {
  role: RoleId
  weights?: Partial<Record<CompetencyId, number>>
  shareSafe: boolean
  showScores: boolean
  sections: readonly ReviewSectionId[]
  asOf?: string
  bulletEdits?: readonly ReviewBulletEdit[]
  narrative?: ReviewNarrative
}

export function reviewContext(
  entries: readonly Entry[],
  period: Period,
  prior: { from: string; to: string },
  options: ContextOptions,
): ReviewContext {
  const { shareSafe } = options
  // Names from every entry (also deleted and out-of-period ones): a colleague named in
  // one entry is hidden wherever another entry mentions them.
  // The smallest id decides a shared name's label, so input order never changes it.
  // One document in the user's own voice ("a project manager on my team"): a person is
  // introduced at their first mention and shortened after, in the order sections build.
  const redactor = shareSafe
    ? createRedactor(entries, { firstBy: 'id', voice: 'mine', scope: 'document' })
    : keepNames
  const text = (value: string) => (shareSafe ? redactor.text(value) : value).trim()

  const [inPeriod, inPrior] = inRangesOf(entries, [period, prior]) as [Entry[], Entry[]]
  const endAsOf = options.asOf && options.asOf < period.to ? options.asOf : period.to
  const startAsOf = addDays(period.from, -1)
  const readinessOptions = { role: options.role, weights: options.weights }
  const [atStart, atEnd] = readinessOnDays(entries, [startAsOf, endAsOf], readinessOptions) as [
    ReadinessSummary,
    ReadinessSummary,
  ]

  return {
    entries,
    period,
    inPeriod,
    inPrior,
    roleId: options.role,
    weights: options.weights,
    shareSafe,
    showScores: options.showScores,
    sections: options.sections,
    edits: new Map((options.bulletEdits ?? []).map((edit) => [edit.entryId, edit])),
    narrative: ownWords(options.narrative),
    startAsOf,
    endAsOf,
    atStart,
    atEnd,
    text,
    person: (p) => (shareSafe ? redactor.person(p) : nameAndRole(p)),
    metric: (entry) => (entry.metric ? text(metricWords(entry.metric)) : undefined),
  }
}

/**
 * A metric in words, worked out once per metric object: an entry (and so its metric) never
 * changes once handed out, and the formatting is pure (a fixed locale). Held by the
 * metric, so it goes with the entry.
 */
const metricWords = memoiseByObject((metric: Metric) => metricText(unitOnce(metric)))

/**
 * The metric without its unit when the measure already says it: "9 incidents" + "fewer
 * P1 incidents per quarter" reads "9 fewer P1 incidents per quarter".
 */
function unitOnce(metric: Metric): Metric {
  const unit = metric.unit.trim().toLowerCase()
  if (!/^[a-z][a-z-]*$/.test(unit)) return metric
  const words = metric.measure.toLowerCase().split(/[^a-z-]+/)
  return words.includes(unit) ? { ...metric, unit: '' } : metric
}

/** The user's words with blank ones left out: empty text counts as absent. */
function ownWords(narrative: ReviewNarrative | undefined): ReviewContext['narrative'] {
  const summary = narrative?.summary?.trim()
  const asks = narrative?.asks?.trim()
  return {
    ...(summary ? { summary } : {}),
    ...(asks ? { asks } : {}),
    goals: (narrative?.goals ?? []).map((goal) => goal.trim()).filter(Boolean),
  }
}

/** "Helen Brooks, COO", as the user wrote them; their description when they have no name. */
function nameAndRole(person: Person): string {
  const name = person.name.trim()
  const role = person.role?.trim()
  if (!name) return keepNames.person(person)
  return role ? `${name}, ${role}` : name
}
