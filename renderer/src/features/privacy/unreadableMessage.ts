// The banner's sentence about records that would not open, with its plural forms.
import { formatNumber } from '../../../../shared/format'
import type { UnreadableRecord } from '../../data/vault'

const LISTED = 3

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
function listLabels(labels: string[], locale: string): string {
  const shown = labels.slice(0, LISTED)
  const rest = labels.length - shown.length
  const items = rest > 0 ? [...shown, `${formatNumber(rest, locale)} more`] : shown
  if (items.length === 1) return items[0]!
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`
}

/** One sentence pair naming the records, or null when every record opened. */
export function describeUnreadable(records: UnreadableRecord[], locale: string): string | null {
  const n = records.length
  if (n === 0) return null
  const allEntries = records.every((r) => r.table === 'entries')
  const noun = allEntries ? (n === 1 ? 'entry' : 'entries') : n === 1 ? 'record' : 'records'
  const what = `${formatNumber(n, locale)} ${noun} could not be opened: ${listLabels(
    records.map((r) => r.label),
    locale,
  )}.`
  const why =
    n === 1
      ? 'It was changed outside Leadlog or is damaged; it is kept as it is and nothing else is affected.'
      : 'They were changed outside Leadlog or are damaged; they are kept as they are and nothing else is affected.'
  return `${what} ${why}`
}
