// Finds a measurable result in imported words, only when it is unambiguous: the text holds
// exactly one number (dates aside), and it sits in a phrase that says what it measures
// ("18% faster month-end close", "cut the backlog by 40%", "saved $84k in licence spend").
// Anything else stays in the notes as written: a wrong metric is worse than none.
import type { Metric } from '../entry'

const DATES = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,4}[/.]\d{1,2}[/.]\d{1,4}\b/g,
  /\b\d{1,2}:\d{2}\b/g,
  /\b(?:q[1-4]|h[12]|fy)\s?'?\d{2,4}\b/gi,
  /\b(?:19|20)\d{2}\b/g,
]

/** Numbers a person would read as quantities: dates, times and years left out. */
function quantities(text: string): string[] {
  let rest = text
  for (const date of DATES) rest = rest.replace(date, ' ')
  // Digits inside a word ("P1", "S3", "v2") name things; they are not amounts.
  // A scale ("84k", "1.2m") belongs to its number.
  return rest.match(/(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:k|m|bn)?(?![\p{L}\d])/giu) ?? []
}

function toNumber(digits: string, scale = ''): number | undefined {
  // "1,200" and "1.5": a comma followed by three digits groups thousands.
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined
  const factor = { k: 1e3, m: 1e6, bn: 1e9 }[scale.toLowerCase()] ?? 1
  const value = Number(plain) * factor
  return Number.isFinite(value) ? value : undefined
}

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' }

/** The measured words: up to eight, to the end of the clause. */
function phrase(words: string): string {
  const clause =
    words.split(
      /[.;:!?()\n]|,\s|\s(?:and|but|by|with|which|so|after|because|in|during|across|over|for|than|at)\s/i,
    )[0] ?? ''
  return clause
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(/^(the|a|an|our|my)\s/i, '')
}

const CHANGE_NOUN: Record<string, string> = {
  reduc: 'reduction in',
  cut: 'reduction in',
  lower: 'reduction in',
  decreas: 'reduction in',
  shorten: 'reduction in',
  increas: 'increase in',
  rais: 'increase in',
  grow: 'growth in',
  grew: 'growth in',
  boost: 'increase in',
  improv: 'improvement in',
}

type Finder = (text: string) => Metric | undefined

const finders: Finder[] = [
  // "18% faster month-end close"
  (text) => {
    const m =
      /(\d+(?:\.\d+)?)\s?%\s+((?:faster|slower|fewer|less|more|lower|higher|shorter|cheaper|smaller|larger|bigger)\s+[^\n]+)/i.exec(
        text,
      )
    const value = m && toNumber(m[1]!)
    const measure = m && phrase(m[2]!)
    return value !== undefined && value !== null && measure
      ? { value, unit: '%', measure }
      : undefined
  },
  // "reduced ticket backlog by 40%"
  (text) => {
    const m =
      /\b(reduc|cut|lower|decreas|shorten|increas|rais|grow|grew|boost|improv)(?:ed|ing|ting|e)?\s+([^\n%]+?)\s+by\s+(\d+(?:\.\d+)?)\s?%/i.exec(
        text,
      )
    if (!m) return undefined
    const value = toNumber(m[3]!)
    const what = phrase(m[2]!)
    if (value === undefined || !what) return undefined
    return { value, unit: '%', measure: `${CHANGE_NOUN[m[1]!.toLowerCase()]} ${what}` }
  },
  // "saved $84k in annual licence spend"
  (text) => {
    const m =
      /\b(saved|avoided)\s+([$€£])\s?(\d+(?:[.,]\d+)*)\s?(k|m|bn)?\b\s*(?:in|on|of)?\s+([^\n]+)/i.exec(
        text,
      )
    if (!m) return undefined
    const value = toNumber(m[3]!, m[4] ?? '')
    const what = phrase(m[5]!)
    if (value === undefined || !what) return undefined
    return { value, unit: CURRENCY[m[2]!]!, measure: `${what} ${m[1]!.toLowerCase()}` }
  },
]

/** The one measurable result the words state, or undefined when there is none or several. */
export function findMetric(text: string): Metric | undefined {
  if (quantities(text).length !== 1) return undefined
  for (const find of finders) {
    const metric = find(text)
    if (metric && metric.measure.length <= 300 && metric.measure.length > 0) return metric
  }
  return undefined
}
