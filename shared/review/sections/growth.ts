// Growth and learning: entries tagged with the growth competency or claiming PDUs, the
// PDUs claimed in the period with each certification's cycle (on track or not), and the
// reflections written on leadership moments when the leadership moments section does not
// already print them.
import {
  PDU_CATEGORY_LABELS,
  type CertificationSetting,
  type Entry,
  type LeadershipMoment,
} from '../../entry'
import { pduHoursIn, pduLedger, ruleOverridesOf, STATUS_LABELS } from '../../pdu'
import type { ReviewContext } from '../context'
import type { GrowthItem, GrowthPdus, ReflectionItem } from '../types'

export function growthSection(
  context: ReviewContext,
  certifications: readonly CertificationSetting[] = [],
): {
  entries: GrowthItem[]
  reflections: ReflectionItem[]
  pdus?: GrowthPdus
} {
  const { inPeriod, text } = context
  const pdus = pdusOf(context, certifications)
  return {
    entries: inPeriod
      .filter((e) => e.competencies.includes('growth') || e.pdu)
      .map((e) => ({
        entryId: e.id,
        kind: e.kind,
        title: text(e.title),
        occurredOn: e.occurredOn,
        detail: text(withPdu(growthDetail(e), e)),
        ...(e.metric ? { result: context.metric(e) } : {}),
        ...(e.pdu
          ? { pdu: { hours: e.pdu.hours, category: PDU_CATEGORY_LABELS[e.pdu.category] } }
          : {}),
      })),
    reflections: (context.sections.includes('moments') ? [] : inPeriod)
      .filter((e): e is LeadershipMoment => e.kind === 'leadership-moment' && !!e.reflection.trim())
      .map((e) => ({
        entryId: e.id,
        title: text(e.title),
        occurredOn: e.occurredOn,
        text: text(e.reflection),
      })),
    ...(pdus ? { pdus } : {}),
  }
}

/** What a growth entry shows: the most telling line for its kind. */
function growthDetail(entry: Entry): string {
  if (entry.kind === 'leadership-moment') return entry.result || entry.action
  if (entry.kind === 'difficult-conversation') return entry.lesson || entry.topic
  return entry.delivered
}

/** The line, then the claim in words: "… 3.5 PDUs (Power Skills)." */
function withPdu(detail: string, entry: Entry): string {
  if (!entry.pdu) return detail
  const { hours, category } = entry.pdu
  const claim = `${hours} ${hours === 1 ? 'PDU' : 'PDUs'} (${PDU_CATEGORY_LABELS[category]}).`
  const line = detail.trim()
  return line ? `${/[.!?]$/.test(line) ? line : `${line}.`} ${claim}` : claim
}

/**
 * Only when there is something to say: claims in the period or a tracked certification.
 * A review with neither (the sample journal, most quarters before the feature) is the
 * same document as before.
 */
function pdusOf(
  context: ReviewContext,
  certifications: readonly CertificationSetting[],
): GrowthPdus | undefined {
  const hours = pduHoursIn(context.inPeriod, context.period.from, context.period.to)
  if (hours === 0 && certifications.length === 0) return undefined
  return {
    hours,
    certifications: certifications.map((c) => {
      const ledger = pduLedger(context.entries, {
        certification: c.certification,
        cycleStart: c.cycleStart,
        asOf: context.endAsOf,
        rules: ruleOverridesOf(c),
      })
      return {
        certification: c.certification,
        counted: ledger.counted,
        required: ledger.required,
        remaining: ledger.remaining,
        cycleEnd: ledger.cycleEnd,
        status: STATUS_LABELS[ledger.status],
        onTrack: ledger.status === 'on-track' || ledger.status === 'complete',
      }
    }),
  }
}
