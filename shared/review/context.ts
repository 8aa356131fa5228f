// What every section of the review reads: the period's entries, readiness at both ends,
// and the one way text and people are written. Names are replaced here, once, so no
// section (and no renderer) can leak one by forgetting to redact.
import {
  createRedactor,
  keepNames,
  personLabel,
  type CompetencyId,
  type Entry,
  type Person,
  type RoleId,
} from '../entry'
import { readinessOnDays, type ReadinessSummary } from '../readiness'
import { addDays, type Period } from '../time'
import { metricText } from './text'

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
  /** The day before the period, and its last day (or today, while it runs). */
  startAsOf: string
  endAsOf: string
  atStart: ReadinessSummary
  atEnd: ReadinessSummary
  /** Free text as the review prints it: names replaced when share-safe, trimmed. */
  text: (value: string) => string
  person: (person: Person) => string
  /** The entry's measurable result as text, when it has one. */
  metric: (entry: Entry) => string | undefined
}

export interface ContextOptions {
  role: RoleId
  weights?: Partial<Record<CompetencyId, number>>
  shareSafe: boolean
  asOf?: string
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
  const redactor = shareSafe ? createRedactor(entries, { firstBy: 'id' }) : keepNames
  const text = (value: string) => (shareSafe ? redactor.text(value) : value).trim()

  const [inPeriod, inPrior] = inRanges(entries, [period, prior]) as [Entry[], Entry[]]
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
    startAsOf,
    endAsOf,
    atStart,
    atEnd,
    text,
    // A person as the export shows them: role and level in share-safe mode.
    person: (p) => (shareSafe ? redactor.person(p) : personLabel(p)),
    metric: (entry) => (entry.metric ? text(metricText(entry.metric)) : undefined),
  }
}

function byDateThenId(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
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
