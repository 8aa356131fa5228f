// The entry's metric in a bullet: as a phrase ("18% faster month-end close") and, where
// its measure allows, as what was accomplished, verb first ("Accelerated month-end close
// 18%", "Avoided 84,000 USD annual licence spend"), so the bullet can lead with the
// result and say how after "by". Only the entry's own number and words are used.
import type { Metric } from '../entry'
import { DEFAULT_LOCALE, formatNumber, formatPercent } from '../format'

/** Whether the measure already says the unit ("9 incidents": "fewer P1 incidents"). */
function unitInMeasure(unit: string, measure: string): boolean {
  if (unit === '') return false
  const key = `${unit}\u0000${measure}`
  let found = unitSaid.get(key)
  if (found === undefined) {
    const escaped = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu').test(measure)
    if (unitSaid.size > 10_000) unitSaid.clear()
    unitSaid.set(key, found)
  }
  return found
}

/** Answers per unit and measure: a journal uses the same few metrics thousands of times. */
const unitSaid = new Map<string, boolean>()

/**
 * The number with its unit, as a resume writes it and as the locale groups it (British
 * English unless told): "18%", "$5", "84,000 USD", "9" when the measure says the unit.
 */
export function metricAmount(metric: Metric, locale = DEFAULT_LOCALE): string {
  const unit = metric.unit.trim()
  if (unit === '%') return formatPercent(metric.value / 100, locale, 6)
  const value = formatNumber(metric.value, locale)
  if (unit === '' || unitInMeasure(unit, metric.measure)) return value
  if (/^[$€£¥]$/.test(unit)) return `${unit}${value}`
  return `${value} ${metric.value === 1 ? (ONE[unit.toLowerCase()] ?? unit) : unit}`
}

/** A unit said of one: "1 day", not "1 days". */
const ONE: Record<string, string> = {
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  incidents: 'incident',
  projects: 'project',
  points: 'point',
  people: 'person',
  tickets: 'ticket',
}

/** "18% faster month-end close", "120,000 USD annual hosting cost saved". */
export function metricPhrase(metric: Metric, locale = DEFAULT_LOCALE): string {
  return `${metricAmount(metric, locale)} ${metric.measure.trim()}`
}

/** The metric as something done: a verb and what follows it. */
export interface MetricResult {
  /** "Accelerated month-end close 18%". */
  text: string
  /**
   * Whether the measure reads as an outcome (cost, time, incidents, a percentage…),
   * strong enough for the bullet to lead with it.
   */
  strong: boolean
}

const CURRENCY =
  /^(?:[$€£¥]|[A-Z]{3}|(?:thousand|million|billion|k|m|bn)\s+[A-Z]{3}|[A-Z]{3}\s+(?:thousand|million|billion|k|m|bn))$/
const TIME = /^(?:minutes?|hours?|days?|weeks?|months?|years?|hrs?|mins?)$/i
const OUTCOME =
  /\b(?:costs?|spend(?:ing)?|savings?|saved|budget|revenue|margin|time|minutes?|hours?|days?|weeks?|months?|incidents?|tickets?|errors?|defects?|failures?|outages?|complaints?|escalations?|churn|rework|overtime|downtime|backlog|faster|quicker|fewer|lower|shorter|less|avoided|recovered|prevented|removed|eliminated)\b/i

/** Past participles (all read as verbs by the checks) that say what was done with the amount. */
const RESULT_PARTICIPLES = new Set(
  `saved avoided recovered removed eliminated prevented cut renewed retained won secured
  generated recouped reclaimed freed trained onboarded hired recruited migrated automated
  closed resolved delivered launched shipped declined aligned returned unlocked redeployed
  consolidated decommissioned retired approved funded signed completed released`.split(/\s+/),
)

/** Participles whose amount describes their object ("a 2.4 million EUR contract"). */
const WHOLE_OBJECT = new Set(['renewed', 'won', 'secured', 'signed', 'closed', 'retained'])

/** What may follow a passive participle: the end, or a preposition ("saved on …"). */
const AFTER_PASSIVE =
  /^(?:$|(?:on|in|to|for|per|each|every|a|an|before|after|from|at|across|over|within|during|since|by|of|this|last|next|through)\b)/i

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Things measured that read with "the" as an object ("Accelerated the month-end close
 * 18%"); a mass noun or a plural does not ("Cut rework 20%", "Cut failed changes 35%").
 */
const COUNTABLE_END =
  /\b(?:close|cost|time|cycle|backlog|budget|forecast|queue|process|lead time)$/i

function withThe(rest: string): string {
  return COUNTABLE_END.test(rest) && !/^(?:the|a|an|our|my|its|each|every)\b/i.test(rest)
    ? `the ${rest}`
    : rest
}

/** "faster month-end close" → the verb phrase for its amount, or undefined. */
function fromComparative(word: string, measured: string, amount: string, metric: Metric) {
  const rest = withThe(measured)
  const unit = metric.unit.trim()
  const percent = unit === '%'
  const bare = !percent && (unit === '' || unitInMeasure(unit, metric.measure))
  const money = CURRENCY.test(unit)
  const time = TIME.test(unit)
  switch (word) {
    case 'fewer':
      if (percent) return `Cut ${rest} ${amount}`
      return bare ? `Prevented ${amount} ${rest}` : undefined
    case 'lower':
    case 'less':
    case 'shorter':
    case 'reduced':
      return percent || money || time ? `Cut ${rest} ${amount}` : undefined
    case 'faster':
    case 'quicker':
      if (percent) return `Accelerated ${rest} ${amount}`
      return time ? `Took ${amount} off ${rest}` : undefined
    case 'more':
      return bare ? `Added ${amount} ${rest}` : `Raised ${rest} ${amount}`
    case 'higher':
    case 'greater':
    case 'better':
    case 'increased':
    case 'improved':
    case 'bigger':
    case 'larger':
      return `Raised ${rest} ${amount}`
    default:
      return undefined
  }
}

/** "annual licence spend avoided" → "Avoided 84,000 USD annual licence spend". */
function fromParticiple(words: readonly string[], amount: string): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase()
    if (!RESULT_PARTICIPLES.has(word)) continue
    const after = words.slice(i + 1).join(' ')
    if (!AFTER_PASSIVE.test(after)) continue
    // "Renewed a 2.4 million EUR annual contract": the amount describes the thing done
    // to; "Saved 120,000 USD annual hosting cost": the amount is the thing.
    const article = i > 0 && WHOLE_OBJECT.has(word) ? 'a ' : ''
    const object = [`${article}${amount}`, ...words.slice(0, i), ...words.slice(i + 1)].join(' ')
    return `${capitalise(word)} ${object}`
  }
  return undefined
}

/**
 * The metric said as what was accomplished, verb first, from its own words: "18% faster
 * month-end close" → "Accelerated month-end close 18%", "5 weeks of a 6-week vendor slip
 * recovered" → "Recovered 5 weeks of a 6-week vendor slip". Undefined when the measure
 * does not read that way ("projects adopted the standard") or the value is negative.
 */
export function metricResult(
  metric: Metric,
  amount = metricAmount(metric),
): MetricResult | undefined {
  const measure = metric.measure.trim()
  if (metric.value < 0 || !measure) return undefined
  const words = measure.split(/\s+/)
  const first = words[0]!.toLowerCase()
  const rest = words.slice(1).join(' ')
  const text =
    (rest ? fromComparative(first, rest, amount, metric) : undefined) ??
    fromParticiple(words, amount)
  if (text === undefined) return undefined
  const unit = metric.unit.trim()
  const strong = unit === '%' || CURRENCY.test(unit) || OUTCOME.test(`${measure} ${unit}`)
  return { text, strong }
}
