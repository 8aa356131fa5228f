// Dates as imports find them: in a heading ("## 2026-03-14 …", "### March 2026", "Q1 2026"),
// in a spreadsheet cell (in the file's own format), or as a moment in a time zone (Day One).
// A heading that names only a month, quarter or year dates its entries to the first day of
// it: never more recent than the source says. The preview shows the date to correct.
import { isRealIsoDate } from '../time'
import type { DateFormat } from './types'

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const

const pad = (n: number) => String(n).padStart(2, '0')

/** A real calendar date as YYYY-MM-DD, or undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
  return isRealIsoDate(text) ? text : undefined
}

function monthOf(word: string): number | undefined {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number])
  // "Mar" and "March" are months; "Marketing" is not.
  const full =
    /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i
  return index >= 0 && full.test(word) ? index + 1 : undefined
}

/** How precisely a heading dates what is under it. */
export type Precision = 'day' | 'month' | 'quarter' | 'year'

export interface HeadingDate {
  date: string
  precision: Precision
  /** The heading's words once the date is taken out ("Led the incident review"). */
  rest: string
}

const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?'

interface Pattern {
  regex: RegExp
  precision: Precision
  read(m: RegExpExecArray): string | undefined
}

const HEADING_PATTERNS: Pattern[] = [
  {
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    precision: 'day',
    read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    regex: /\b(\d{4})\/(\d{2})\/(\d{2})\b/,
    precision: 'day',
    read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    regex: new RegExp(
      `\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`,
      'i',
    ),
    precision: 'day',
    read: (m) => isoDate(+m[3]!, monthOf(m[2]!) ?? 0, +m[1]!),
  },
  {
    regex: new RegExp(
      `\\b${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
      'i',
    ),
    precision: 'day',
    read: (m) => isoDate(+m[3]!, monthOf(m[1]!) ?? 0, +m[2]!),
  },
  {
    regex: new RegExp(`\\b${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i'),
    precision: 'month',
    read: (m) => isoDate(+m[2]!, monthOf(m[1]!) ?? 0, 1),
  },
  {
    regex: /\b(\d{4})-(\d{2})\b(?!-)/,
    precision: 'month',
    read: (m) => isoDate(+m[1]!, +m[2]!, 1),
  },
  {
    regex: /\bQ([1-4])\s*(\d{4})\b|\b(\d{4})\s*Q([1-4])\b/i,
    precision: 'quarter',
    read: (m) => {
      const quarter = Number(m[1] ?? m[4])
      const year = Number(m[2] ?? m[3])
      return isoDate(year, (quarter - 1) * 3 + 1, 1)
    },
  },
  {
    regex: /\b((?:19|20)\d{2})\b/,
    precision: 'year',
    read: (m) => isoDate(+m[1]!, 1, 1),
  },
]

/** The date a heading names, if any, and its other words. */
export function headingDate(heading: string): HeadingDate | undefined {
  for (const { regex, precision, read } of HEADING_PATTERNS) {
    const m = regex.exec(heading)
    if (!m) continue
    const date = read(m)
    if (!date) continue
    const rest = (heading.slice(0, m.index) + ' ' + heading.slice(m.index + m[0].length))
      .replace(/^[\s:–—\-|·,]+|[\s:–—\-|·,]+$/g, '')
      .replace(/\s+/g, ' ')
    return { date, precision, rest }
  }
  return undefined
}

/** A file named like a daily note: "2026-03-14.md", "Daily/2026-03-14 Friday.md". */
export function dailyNoteDate(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[\s_.-][^/]*)?\.(?:md|markdown|txt)$/i.exec(base)
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined
}

/** The calendar day of a moment in a time zone (Day One stores UTC and the writer's zone). */
export function dayInZone(moment: string, timeZone: string | undefined): string | undefined {
  const time = Date.parse(moment)
  if (Number.isNaN(time)) return undefined
  const read = (zone: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(time))
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
    return isoDate(part('year'), part('month'), part('day'))
  }
  try {
    return read(timeZone || 'UTC')
  } catch {
    // An unknown zone name: the UTC day is the best the file offers.
    return read('UTC')
  }
}

/** A spreadsheet cell read as a date in the given format. */
export function cellDate(cell: string, format: DateFormat): string | undefined {
  const text = cell.trim()
  if (format === 'text') {
    const found = headingDate(text)
    return found?.precision === 'day' && found.rest === '' ? found.date : undefined
  }
  // A timestamp cell ("2026-03-14T09:30:00Z", "2026-03-14 09:30") counts by its day.
  const m = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[T\s].*)?$/.exec(text)
  if (!m) return undefined
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (format === 'ymd') return m[1]!.length === 4 ? isoDate(a, b, c) : undefined
  if (m[3]!.length !== 4) return undefined
  return format === 'dmy' ? isoDate(c, b, a) : isoDate(c, a, b)
}

/**
 * The format that reads every sample cell, preferring the unambiguous: 14/03 can only be
 * day first. When every sample reads both ways, day first (the more common order
 * worldwide); the column mapping lets the user say otherwise.
 */
export function detectDateFormat(cells: readonly string[]): DateFormat {
  const filled = cells.map((c) => c.trim()).filter(Boolean)
  const reads = (format: DateFormat) => filled.filter((c) => cellDate(c, format)).length
  const order: DateFormat[] = ['ymd', 'dmy', 'mdy', 'text']
  let best: DateFormat = 'ymd'
  let bestCount = -1
  for (const format of order) {
    const count = reads(format)
    if (count > bestCount) {
      best = format
      bestCount = count
    }
  }
  return best
}
