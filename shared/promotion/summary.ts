// The case in one paragraph, written from the evidence when the user has not written it:
// the role, the period, the counts and the two strongest results with their numbers.
// Plain and factual; every number is a count of entries or comes from an entry.
import { capitalise, ENTRY_KINDS, type Entry, type EntryKind } from '../entry'
import { metricPhrase } from '../bullets'
import { formatDay, formatRange } from '../time'
import type { PromotionCounts } from './types'
import { counted, inWords, joinWords } from './words'

const KIND_NOUNS: Record<EntryKind, [string, string]> = {
  'leadership-moment': ['leadership moment', 'leadership moments'],
  'stakeholder-win': ['stakeholder win', 'stakeholder wins'],
  'difficult-conversation': ['difficult conversation', 'difficult conversations'],
}

export interface SummaryFacts {
  /** Null when the user chose no role: the case is then for promotion, not for a role. */
  roleName: string | null
  period: { from: string; to: string }
  /** True for the default period, said as "the 12 months to …". */
  yearToDate: boolean
  counts: PromotionCounts
  /** Entries with a measurable result, strongest first. */
  results: readonly Entry[]
  /** How senior and executive stakeholders who gave feedback are called in prose. */
  quotedSenior: readonly string[]
  redact: (text: string) => string
}

export function writtenSummary(facts: SummaryFacts): string {
  const { counts, period } = facts
  const when = facts.yearToDate
    ? `the 12 months to ${formatDay(period.to)}`
    : formatRange(period.from, period.to)
  const forWhat = facts.roleName === null ? 'promotion' : `the ${facts.roleName} role`
  if (counts.total === 0)
    return `This is my case for ${forWhat}. I have logged no evidence in ${when} yet.`
  const kinds = ENTRY_KINDS.filter((k) => counts.byKind[k] > 0).map((k) =>
    counted(counts.byKind[k], ...KIND_NOUNS[k]),
  )
  const sentences = [
    `This is my case for ${forWhat}, from the evidence of ${when}.`,
    `In that time I logged ${counted(counts.total, 'entry', 'entries')}: ${joinWords(kinds)}.`,
  ]
  const moments = counts.leader + counts.manager
  if (counts.leader > 0)
    sentences.push(
      `In ${counts.leader} of the ${counted(moments, 'leadership moment')} I led rather than coordinated.`,
    )
  if (counts.measured > 0) {
    const best = facts.results
      .slice(0, 2)
      .flatMap((e) => (e.metric ? [facts.redact(metricPhrase(e.metric))] : []))
    const of = counts.measured === counts.total ? 'All' : capitalise(inWords(counts.measured))
    sentences.push(
      `${of} of the ${counted(counts.total, 'entry', 'entries')} ${counts.measured === 1 ? 'has' : 'have'} a measurable result` +
        (best.length > 0 ? `; the strongest are ${joinWords(best)}.` : '.'),
    )
  }
  const quoted = facts.quotedSenior
  if (quoted.length > 0) {
    const who =
      quoted.length <= 2
        ? capitalise(joinWords(quoted))
        : `${capitalise(inWords(quoted.length))} senior stakeholders`
    const among = quoted.length > 2 ? `, among them ${joinWords(quoted.slice(0, 2))}` : ''
    sentences.push(`${who} gave feedback in their own words${among}.`)
  }
  return sentences.join(' ')
}
