// The line above the timeline, in each of the states the journal can be in.
import { describe, expect, it } from 'vitest'
import {
  timelineStatus,
  type TimelineCounts,
} from '../../../../renderer/src/features/journal/timelineStatus'

const status = (counts: TimelineCounts) => timelineStatus(counts, 'en-GB')

const base: TimelineCounts = {
  loading: false,
  preparing: false,
  total: 1200,
  searching: false,
  filtering: false,
  shown: 1200,
  matches: 1200,
  query: '',
}

describe('timelineStatus', () => {
  it('says what is happening before there is a list', () => {
    expect(status({ ...base, loading: true, preparing: true })).toBe('Loading your journal…')
    expect(status({ ...base, preparing: true, total: 0 })).toBe('Preparing search…')
    expect(status({ ...base, total: 0, shown: 0, matches: 0 })).toBe(
      'Your entries will appear here, newest first.',
    )
  })

  it('is empty when the whole journal is listed', () => {
    expect(status(base)).toBe('')
  })

  it('counts matches of a search or a filter, with a hint for a one-letter search', () => {
    expect(status({ ...base, filtering: true, shown: 30, matches: 30 })).toBe(
      '30 of 1,200 entries match',
    )
    expect(status({ ...base, searching: true, shown: 4, matches: 4, query: ' a ' })).toBe(
      '4 of 1,200 entries match (one letter matches whole words; type more to match word beginnings)',
    )
  })

  it('says when a search lists only the best of its matches', () => {
    expect(status({ ...base, searching: true, shown: 1000, matches: 5400 })).toBe(
      'Showing the best 1,000 of 5,400 matches',
    )
  })

  it('writes its numbers in the locale given', () => {
    expect(timelineStatus({ ...base, filtering: true, shown: 30, matches: 30 }, 'de-DE')).toBe(
      '30 of 1.200 entries match',
    )
  })
})
