// The PDU ledger for one certification cycle (issue 17): what the journal's PDU claims
// earn, what PMI counts after its caps, and what is still needed. Pure: `asOf` is passed
// in. Every figure is a multiple of 0.25 (claims are, and so are the rules), so the sums
// are exact in floating point.
import { PDU_AREAS, type Certification, type Entry, type PduArea, type PduCategory } from '../entry'
import { daysBetween } from '../time'
import { cycleEndOf, daysLeftIn, DAYS_PER_MONTH, lastYearStartOf } from './cycle'
import { resolveRules, type RuleOverrides, type RuleSetting } from './rules'

export interface LedgerOptions {
  certification: Certification
  /** First day of the cycle (YYYY-MM-DD). */
  cycleStart: string
  /** The day the ledger is judged on: later claims do not count yet. */
  asOf: string
  /** Figures the user set (see rules.ts); the table's figures otherwise. */
  rules?: RuleOverrides
}

/** One claim in the cycle, as the activity list and the CSV export show it. */
export interface PduActivity {
  entryId: string
  occurredOn: string
  title: string
  category: PduCategory
  hours: number
  provider?: string
  activity?: string
  reported: boolean
}

/**
 * `complete`: every rule met. `on-track`: counted PDUs keep pace with an even spread over
 * the cycle. `behind`: they do not. `ended-short`: the cycle is over with rules unmet.
 * `not-started`: `asOf` is before the cycle.
 */
export type LedgerStatus = 'complete' | 'on-track' | 'behind' | 'ended-short' | 'not-started'

export interface PduLedger {
  certification: Certification
  required: number
  /** Every PDU claimed in the cycle up to `asOf`, over any cap. */
  earned: number
  /** What PMI counts: all Education, Giving Back up to its caps. */
  counted: number
  /** The fewest more PDUs that meet the total and every minimum. */
  remaining: number
  byArea: Record<PduArea, { earned: number; minimum: number }>
  education: { earned: number; minimum: number }
  givingBack: { earned: number; counted: number; cap: number }
  practitioner: { earned: number; counted: number; cap: number }
  /** PDUs that would carry over into the next cycle, as things stand on `asOf`. */
  carryOver: number
  carryOverCap: number
  cycleStart: string
  cycleEnd: string
  /** Days left in the cycle, `asOf` included; 0 once it has ended. */
  daysLeft: number
  /** `remaining` spread over the months left (all of it when less than a month is left). */
  perMonthToFinish: number
  /** Counted PDUs an even pace would have reached by `asOf`, in quarter steps. */
  expectedByNow: number
  status: LedgerStatus
  /** The cycle's claims up to `asOf`, oldest first. */
  activities: PduActivity[]
  /** Rules the user has not set and the table leaves open: the ledger applies none. */
  unconfirmed: RuleSetting[]
}

type Totals = Record<PduCategory, number>

const emptyTotals = (): Totals => ({
  'ways-of-working': 0,
  'power-skills': 0,
  'business-acumen': 0,
  'giving-back-practitioner': 0,
  'giving-back-content': 0,
  'giving-back-presentation': 0,
  'giving-back-sharing': 0,
  'giving-back-volunteering': 0,
})

function sumBy(activities: readonly PduActivity[]): Totals {
  const totals = emptyTotals()
  for (const a of activities) totals[a.category] += a.hours
  return totals
}

const educationOf = (t: Totals) => t['ways-of-working'] + t['power-skills'] + t['business-acumen']
const givingBackOf = (t: Totals) =>
  t['giving-back-practitioner'] +
  t['giving-back-content'] +
  t['giving-back-presentation'] +
  t['giving-back-sharing'] +
  t['giving-back-volunteering']

/** Claims on live entries dated from `from` to `to`, oldest first (then by id, for a stable order). */
export function pduActivities(entries: readonly Entry[], from: string, to: string): PduActivity[] {
  const out: PduActivity[] = []
  for (const e of entries) {
    if (!e.pdu || e.deletedAt !== undefined || e.occurredOn < from || e.occurredOn > to) continue
    out.push({
      entryId: e.id,
      occurredOn: e.occurredOn,
      title: e.title,
      category: e.pdu.category,
      hours: e.pdu.hours,
      ...(e.pdu.provider ? { provider: e.pdu.provider } : {}),
      ...(e.pdu.activity ? { activity: e.pdu.activity } : {}),
      reported: e.pdu.reported,
    })
  }
  return out.sort((a, b) =>
    a.occurredOn !== b.occurredOn
      ? a.occurredOn < b.occurredOn
        ? -1
        : 1
      : a.entryId < b.entryId
        ? -1
        : a.entryId > b.entryId
          ? 1
          : 0,
  )
}

const quarterDown = (value: number) => Math.floor(value * 4) / 4

export function pduLedger(entries: readonly Entry[], options: LedgerOptions): PduLedger {
  const { certification, cycleStart, asOf } = options
  const rules = resolveRules(certification, options.rules)
  const cycleEnd = cycleEndOf(cycleStart, rules.cycleYears)
  const lastCounted = asOf < cycleEnd ? asOf : cycleEnd
  const activities = pduActivities(entries, cycleStart, lastCounted)
  const totals = sumBy(activities)

  const education = educationOf(totals)
  const practitionerCounted = Math.min(totals['giving-back-practitioner'], rules.practitionerCap)
  const givingBackEarned = givingBackOf(totals)
  const givingBackCounted = Math.min(
    givingBackEarned - totals['giving-back-practitioner'] + practitionerCounted,
    rules.givingBackCap,
  )
  const earned = education + givingBackEarned
  const counted = education + givingBackCounted

  // More Education fills an area's shortfall and the Education minimum at once, and all
  // of it counts toward the total, so the largest of the three gaps is what is needed.
  const areaShortfall = PDU_AREAS.reduce(
    (sum, area) => sum + Math.max(0, rules.areaMinimum - totals[area]),
    0,
  )
  const remaining = Math.max(
    0,
    rules.required - counted,
    rules.educationMinimum - education,
    areaShortfall,
  )

  const daysLeft = daysLeftIn(cycleStart, cycleEnd, asOf)
  const monthsLeft = daysLeft / DAYS_PER_MONTH
  const perMonthToFinish = remaining === 0 ? 0 : remaining / Math.max(1, monthsLeft)

  const cycleDays = daysBetween(cycleStart, cycleEnd) + 1
  const elapsed = Math.min(cycleDays, Math.max(0, daysBetween(cycleStart, asOf) + 1))
  const expectedByNow = quarterDown((rules.required * elapsed) / cycleDays)

  return {
    certification,
    required: rules.required,
    earned,
    counted,
    remaining,
    byArea: Object.fromEntries(
      PDU_AREAS.map((area) => [area, { earned: totals[area], minimum: rules.areaMinimum }]),
    ) as PduLedger['byArea'],
    education: { earned: education, minimum: rules.educationMinimum },
    givingBack: { earned: givingBackEarned, counted: givingBackCounted, cap: rules.givingBackCap },
    practitioner: {
      earned: totals['giving-back-practitioner'],
      counted: practitionerCounted,
      cap: rules.practitionerCap,
    },
    carryOver: carryOverOf(activities, cycleEnd, rules.carryOverCap, {
      remaining,
      counted,
      required: rules.required,
      givingBackCounted,
    }),
    carryOverCap: rules.carryOverCap,
    cycleStart,
    cycleEnd,
    daysLeft,
    perMonthToFinish,
    expectedByNow,
    status: statusOf(asOf, cycleStart, cycleEnd, remaining, counted, expectedByNow),
    activities,
    unconfirmed: rules.unconfirmed,
  }
}

/**
 * Extra PDUs carry over only once the cycle's rules are met, only those beyond the
 * required total, only as many as were earned in the cycle's last year (Giving Back no
 * more than counted), and no more than the cap.
 */
function carryOverOf(
  activities: readonly PduActivity[],
  cycleEnd: string,
  cap: number,
  cycle: { remaining: number; counted: number; required: number; givingBackCounted: number },
): number {
  if (cycle.remaining > 0) return 0
  const lastYear = sumBy(activities.filter((a) => a.occurredOn >= lastYearStartOf(cycleEnd)))
  const lastYearCountable =
    educationOf(lastYear) + Math.min(givingBackOf(lastYear), cycle.givingBackCounted)
  return Math.max(0, Math.min(cap, cycle.counted - cycle.required, lastYearCountable))
}

function statusOf(
  asOf: string,
  cycleStart: string,
  cycleEnd: string,
  remaining: number,
  counted: number,
  expectedByNow: number,
): LedgerStatus {
  if (remaining === 0) return 'complete'
  if (asOf < cycleStart) return 'not-started'
  if (asOf > cycleEnd) return 'ended-short'
  return counted >= expectedByNow ? 'on-track' : 'behind'
}
