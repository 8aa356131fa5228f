// The evidence sections' wording: the highlights, evidence by competency (figures only
// when asked for), and growth and learning.
import type { Block, Inline } from '../../document'
import { KIND_LABELS } from '../../entry'
import { formatDay } from './day'
import { formatNumber } from '../text'
import type { CompetencyEvidence, EvidenceItem, GrowthPdus, Review } from '../types'
import { keptPerItem, keptPerRun } from './keptBlocks'
import { bullets, em, heading, muted, NOTHING, para, percentOfRole, strong } from './parts'

export function highlightBlocks(review: Review): Block[] {
  const highlights = review.highlights ?? []
  if (highlights.length === 0) return [muted('No resume-ready highlights in this period yet.')]
  return [
    {
      type: 'list',
      ordered: true,
      items: highlights.map((h) => [h.text, em(` (${formatDay(h.occurredOn)})`)]),
    },
  ]
}

export function competencyBlocks(review: Review): Block[] {
  const all = review.competencies ?? []
  const withEvidence = all.filter((c) => c.entries.length > 0)
  const without = all.filter((c) => c.entries.length === 0)
  // Without a chosen role the order is the default role's: shown, not claimed as theirs.
  const blocks: Block[] = review.role.isDefault
    ? []
    : [muted(`Most important for a ${review.role.name} first.`)]
  for (const c of withEvidence) {
    blocks.push(heading(c.name))
    const scored = scoreLine(c, review.scoredOn?.start)
    if (scored) blocks.push(muted(scored))
    blocks.push(...evidenceList(c.entries))
  }
  if (withEvidence.length === 0) blocks.push(NOTHING)
  if (without.length > 0) {
    blocks.push(
      para(strong('No evidence this period:'), ` ${without.map((c) => c.name).join(', ')}.`),
    )
  }
  return blocks
}

/** A competency's evidence as one list, the same frozen block for the same items. */
const evidenceList = keptPerRun((entries: readonly EvidenceItem[]): Block[] => [
  bullets(entries.map(evidenceLine)),
])

const evidenceLine = keptPerItem((e: EvidenceItem): Inline[] => [
  `${formatDay(e.occurredOn)}: `,
  strong(e.title),
  ` (${KIND_LABELS[e.kind].toLowerCase()})`,
])

/** "As the journal scores it: 44 of 100, up from 42 on 30 Sept 2026; it counts for 16% …". */
function scoreLine(c: CompetencyEvidence, since: string | undefined): string | undefined {
  const { scoreStart, scoreEnd, weight } = c
  if (since === undefined || scoreStart === undefined || scoreEnd === undefined) return undefined
  if (weight === undefined) return undefined
  const day = formatDay(since)
  const change =
    scoreEnd === scoreStart
      ? `unchanged since ${day}`
      : `${scoreEnd > scoreStart ? 'up' : 'down'} from ${scoreStart} on ${day}`
  return `As the journal scores it: ${scoreEnd} of 100, ${change}; it counts for ${percentOfRole(weight)} of the overall score.`
}

export function growthBlocks(review: Review): Block[] {
  const growth = review.growth
  if (!growth) return []
  const blocks: Block[] = []
  if (growth.entries.length > 0) {
    blocks.push(
      bullets(
        growth.entries.map((g) => [
          strong(g.title),
          ` (${formatDay(g.occurredOn)}): ${g.detail}`,
          ...(g.result ? [` Result: ${g.result}.`] : []),
        ]),
      ),
    )
  } else {
    blocks.push(muted('No training, certification or deliberate learning logged in this period.'))
  }
  if (growth.pdus) blocks.push(...pduBlocks(growth.pdus))
  if (growth.reflections.length > 0) {
    blocks.push(heading('What I would repeat or change'))
    blocks.push(bullets(growth.reflections.map((r) => [em(r.title), `: ${r.text}`])))
  }
  return blocks
}

const pdus = (hours: number): string => `${formatNumber(hours)} ${hours === 1 ? 'PDU' : 'PDUs'}`

/**
 * The period's PDU claims, then each tracked certification's cycle:
 * "PMP: 40 PDUs of 60 counted; 22 still needed by 31 Mar 2028 (on track)."
 */
function pduBlocks({ hours, certifications }: GrowthPdus): Block[] {
  const blocks = [para(`Claimed ${pdus(hours)} in this period.`)]
  if (certifications.length === 0) return blocks
  const lines = certifications.map((c) => {
    const counted = `${c.certification}: ${pdus(c.counted)} of ${formatNumber(c.required)} counted`
    return c.remaining > 0
      ? [
          `${counted}; ${formatNumber(c.remaining)} still needed by ${formatDay(c.cycleEnd)} (${c.status.toLowerCase()}).`,
        ]
      : [`${counted}; ${c.status.toLowerCase()}.`]
  })
  blocks.push(bullets(lines))
  return blocks
}
