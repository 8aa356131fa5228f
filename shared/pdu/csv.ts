// The cycle's activities as CSV, columns in the order PMI's "Report PDUs" form asks for
// them (provider, activity, dates, description, then the PDUs by Talent Triangle area or
// Giving Back), so each row can be typed into CCRS from top to bottom.
import { PDU_CATEGORY_LABELS, isEducation } from '../entry'
import type { PduActivity } from './ledger'

export const PDU_CSV_COLUMNS = [
  'Claim',
  'Provider',
  'Activity',
  'Date started',
  'Date completed',
  'Description',
  'Ways of Working PDUs',
  'Power Skills PDUs',
  'Business Acumen PDUs',
  'Giving Back PDUs',
  'Total PDUs',
  'Reported to PMI',
] as const

/** Education, or the Giving Back category as PMI names it. */
export function claimLabel(activity: Pick<PduActivity, 'category'>): string {
  return isEducation(activity.category)
    ? 'Education'
    : `Giving Back: ${PDU_CATEGORY_LABELS[activity.category]}`
}

function row(a: PduActivity): string[] {
  const hours = (match: boolean) => (match ? String(a.hours) : '')
  return [
    claimLabel(a),
    a.provider ?? '',
    a.activity ?? a.title,
    a.occurredOn,
    a.occurredOn,
    a.title,
    hours(a.category === 'ways-of-working'),
    hours(a.category === 'power-skills'),
    hours(a.category === 'business-acumen'),
    hours(!isEducation(a.category)),
    String(a.hours),
    a.reported ? 'Yes' : 'No',
  ]
}

/**
 * A spreadsheet could run a cell that starts like a formula (=, +, -, @, a tab or a
 * return), so such text gets a leading apostrophe; numbers are written by us and stay bare.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** RFC 4180 CSV (CRLF line ends) with a byte-order mark, so Excel reads it as UTF-8. */
export function pduCsv(activities: readonly PduActivity[]): string {
  const lines = [PDU_CSV_COLUMNS as readonly string[], ...activities.map(row)].map((cells) =>
    cells.map(cell).join(','),
  )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** leadlog-pdus-PMP-2025-03-14.csv: the certification and its cycle's start. */
export function pduCsvFileName(certification: string, cycleStart: string): string {
  return `leadlog-pdus-${certification}-${cycleStart}.csv`
}
