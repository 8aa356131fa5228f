import { describe, expect, it } from 'vitest'
import { formatDay, formatDayRange, formatMoment, formatMonth } from '../../../../shared/format'

describe('formatDay', () => {
  it('writes a day as each locale does, British English by default', () => {
    expect(formatDay('2026-11-27')).toBe('27 Nov 2026')
    expect(formatDay('2026-11-27', 'en-GB')).toBe('27 Nov 2026')
    expect(formatDay('2026-11-27', 'en-US')).toBe('Nov 27, 2026')
    expect(formatDay('2026-11-27', 'de-DE')).toBe('27. Nov. 2026')
  })

  it('has a long style with the month in full', () => {
    expect(formatDay('2026-11-27', 'en-GB', 'long')).toBe('27 November 2026')
    expect(formatDay('2026-11-27', 'en-US', 'long')).toBe('November 27, 2026')
    expect(formatDay('2026-11-27', 'de-DE', 'long')).toBe('27. November 2026')
  })

  it('formats the calendar day itself, whatever the time zone (first and last of the year)', () => {
    expect(formatDay('2026-01-01')).toBe('1 Jan 2026')
    expect(formatDay('2026-12-31')).toBe('31 Dec 2026')
    expect(formatDay('2024-02-29', 'en-US')).toBe('Feb 29, 2024')
  })

  it('keeps the locale’s own abbreviations (en-GB writes September as “Sept”)', () => {
    expect(formatDay('2026-09-30')).toBe('30 Sept 2026')
    expect(formatDay('2026-09-30', 'en-US')).toBe('Sep 30, 2026')
  })

  it('shows a malformed day as it is instead of throwing', () => {
    expect(formatDay('someday')).toBe('someday')
    expect(formatDay('2026-13-45')).toBe('2026-13-45')
  })
})

describe('formatDayRange', () => {
  it('leaves out what both ends share', () => {
    expect(formatDayRange('2026-10-01', '2026-12-31')).toBe('1 Oct – 31 Dec 2026')
    expect(formatDayRange('2026-11-05', '2026-11-09')).toBe('5 – 9 Nov 2026')
    expect(formatDayRange('2026-10-01', '2026-12-31', 'en-US')).toBe('Oct 1 – Dec 31, 2026')
    expect(formatDayRange('2026-10-01', '2026-12-31', 'de-DE')).toBe('1. Okt. – 31. Dez. 2026')
  })

  it('writes both years when the range crosses one', () => {
    expect(formatDayRange('2026-11-01', '2027-01-31')).toBe('1 Nov 2026 – 31 Jan 2027')
    expect(formatDayRange('2026-11-01', '2027-01-31', 'en-US')).toBe('Nov 1, 2026 – Jan 31, 2027')
  })

  it('is one day when both ends are the same', () => {
    expect(formatDayRange('2026-05-05', '2026-05-05')).toBe('5 May 2026')
  })

  it('uses plain spaces around the dash, never ICU’s thin ones', () => {
    expect(formatDayRange('2026-10-01', '2026-12-31')).not.toMatch(/\u2009/)
  })

  it('still writes a range with a malformed end', () => {
    expect(formatDayRange('2026-10-01', 'later')).toBe('1 Oct 2026 – later')
  })
})

describe('formatMonth', () => {
  it('names a month from a YYYY-MM month or any day in it', () => {
    expect(formatMonth('2026-11')).toBe('Nov 2026')
    expect(formatMonth('2026-11-27')).toBe('Nov 2026')
    expect(formatMonth('2026-11', 'en-US')).toBe('Nov 2026')
    expect(formatMonth('2026-11', 'de-DE')).toBe('Nov. 2026')
  })

  it('has a long style', () => {
    expect(formatMonth('2026-03', 'en-GB', 'long')).toBe('March 2026')
    expect(formatMonth('2026-03', 'de-DE', 'long')).toBe('März 2026')
  })

  it('has a short style for a chart’s axis', () => {
    expect(formatMonth('2026-11', 'en-GB', 'short')).toBe('Nov 26')
    expect(formatMonth('2026-11', 'en-US', 'short')).toBe('Nov 26')
    expect(formatMonth('2026-11', 'de-DE', 'short')).toBe('Nov. 26')
  })

  it('shows a malformed month as it is', () => {
    expect(formatMonth('soon')).toBe('soon')
  })
})

describe('formatMoment', () => {
  const at = '2026-11-20T12:05:00.000Z'

  it('writes a timestamp with its time of day in the zone given', () => {
    expect(formatMoment(at)).toBe('20 Nov 2026, 12:05')
    expect(formatMoment(at, 'en-GB', 'Europe/Berlin')).toBe('20 Nov 2026, 13:05')
    expect(formatMoment(at, 'de-DE', 'UTC')).toBe('20.11.2026, 12:05')
    // ICU puts a narrow no-break space before AM/PM.
    expect(formatMoment(at, 'en-US').replace(/\s/g, ' ')).toBe('Nov 20, 2026, 12:05 PM')
  })

  it('crosses into the next day where the zone is ahead', () => {
    expect(formatMoment('2026-12-31T23:30:00Z', 'en-GB', 'Asia/Tokyo')).toBe('1 Jan 2027, 08:30')
  })

  it('shows a malformed timestamp as it is', () => {
    expect(formatMoment('not a time')).toBe('not a time')
  })
})
