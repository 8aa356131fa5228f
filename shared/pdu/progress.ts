// Month by month through a cycle: PDUs earned so far against an even pace to the
// required total, for the ledger's chart. Earned, not counted: the chart shows the
// work done; the figures beside it say what PMI counts.
import { endOfMonth } from '../time'
import type { PduLedger } from './ledger'

export interface ProgressPoint {
  /** The last day of the month (or the cycle's last day, for its final month). */
  date: string
  /** Earned PDUs up to `date`; null for months after `asOf`. */
  earned: number | null
  /** What an even pace from the cycle's start would have reached by `date`. */
  pace: number
}

export function pduProgress(ledger: PduLedger, asOf: string): ProgressPoint[] {
  const { cycleStart, cycleEnd, required, activities } = ledger
  const cycleDays = dayCount(cycleStart, cycleEnd)
  const points: ProgressPoint[] = []
  let index = 0
  let earned = 0
  for (let month = 0; ; month++) {
    const monthEnd = endOfMonth(cycleStart, month)
    const date = monthEnd < cycleEnd ? monthEnd : cycleEnd
    while (index < activities.length && activities[index]!.occurredOn <= date) {
      earned += activities[index]!.hours
      index++
    }
    const pace = Math.round(((required * dayCount(cycleStart, date)) / cycleDays) * 4) / 4
    points.push({ date, earned: date <= asOf || isMonthOf(asOf, date) ? earned : null, pace })
    if (date >= cycleEnd) return points
  }
}

const dayCount = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1

/** The month `asOf` is in still shows what is earned so far. */
const isMonthOf = (asOf: string, monthEnd: string) => asOf.slice(0, 7) === monthEnd.slice(0, 7)
