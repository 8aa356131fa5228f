// The line above the timeline that says what the list shows: loading, preparing the
// search, how many entries match, or nothing when the whole journal is listed.
import { formatNumber } from '../../../../shared/format'

export interface TimelineCounts {
  loading: boolean
  /** A search was typed before its index was ready. */
  preparing: boolean
  /** Entries in the journal, trash left out. */
  total: number
  searching: boolean
  filtering: boolean
  /** Rows on screen, and how many entries matched (a search lists only the best). */
  shown: number
  matches: number
  query: string
}

const ONE_LETTER_HINT = ' (one letter matches whole words; type more to match word beginnings)'

/** The line, its numbers written for `locale` ("1,204", de-DE "1.204"). */
export function timelineStatus(c: TimelineCounts, locale: string): string {
  const count = (n: number) => formatNumber(n, locale)
  if (c.loading) return 'Loading your journal…'
  if (c.preparing) return 'Preparing search…'
  if (c.total === 0) return 'Your entries will appear here, newest first.'
  if (c.searching && c.shown < c.matches)
    return `Showing the best ${count(c.shown)} of ${count(c.matches)} matches`
  if (c.searching || c.filtering) {
    const hint = c.query.trim().length === 1 ? ONE_LETTER_HINT : ''
    return `${count(c.shown)} of ${count(c.total)} entries match${hint}`
  }
  return ''
}
