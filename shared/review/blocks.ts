// The review's wording, once: the Review model laid out as the neutral blocks of
// shared/document, whose Markdown, HTML and DOCX renderers only translate blocks, so the
// three formats always say the same thing.
import type { Block, DocumentModel, DocumentSection, Inline } from '../document'
import { COMPETENCY_BY_ID } from '../entry'
import { ENTRY_KINDS, KIND_LABELS } from '../entry'
import { formatDay, formatRange } from '../time'
import { SECTION_TITLES, type ReviewSectionId } from './outline'
import { formatChange, plural } from './text'
import type { Review } from './types'

export interface BlockSection extends DocumentSection {
  id: ReviewSectionId
}

export interface ReviewDocument extends DocumentModel {
  sections: BlockSection[]
}

const KIND_PLURALS = {
  'leadership-moment': 'Leadership moments',
  'difficult-conversation': 'Difficult conversations',
  'stakeholder-win': 'Stakeholder wins',
} as const

const strong = (text: string): Inline => ({ text, strong: true })
const em = (text: string): Inline => ({ text, em: true })
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content })
const muted = (text: string): Block => ({ type: 'paragraph', content: [text], muted: true })
const NOTHING = muted('Nothing logged in this period.')

/** "Label: text" as a list item, left out when the text is empty. */
function field(label: string, text: string | undefined): Inline[][] {
  return text ? [[strong(`${label}:`), ` ${text}`]] : []
}

function summaryBlocks(review: Review): Block[] {
  const summary = review.summary
  if (!summary) return []
  const { counts, previousCounts, readiness, modes } = summary
  const rows = ENTRY_KINDS.map((kind) => [
    KIND_PLURALS[kind],
    String(counts[kind]),
    String(previousCounts[kind]),
  ])
  rows.push(['Total', String(counts.total), String(previousCounts.total)])
  const moments = modes.leader + modes.manager
  const items: Inline[][] = [
    [
      strong(`Readiness for ${review.role.name}:`),
      ` ${readiness.start.score} (${readiness.start.bandLabel}) on ${formatDay(readiness.start.asOf)}` +
        ` → ${readiness.end.score} (${readiness.end.bandLabel}) on ${formatDay(readiness.end.asOf)}` +
        `, ${formatChange(readiness.change)}.`,
    ],
  ]
  if (moments > 0) {
    items.push([
      strong('Acted as a leader:'),
      ` in ${modes.leader} of ${plural(moments, 'leadership moment')}` +
        (modes.manager > 0 ? `; as a manager in ${modes.manager}.` : '.'),
    ])
  }
  items.push([
    strong('Measurable results:'),
    ` ${summary.measured} of ${plural(counts.total, 'entry', 'entries')}.`,
  ])
  return [
    {
      type: 'table',
      head: ['Entries', review.period.label, `Previous: ${review.previousPeriod.label}`],
      rows,
      numeric: [false, true, true],
    },
    { type: 'list', ordered: false, items },
    muted('Readiness is advice from the journal, not a verdict: 0–100, weighted for the role.'),
  ]
}

function highlightBlocks(review: Review): Block[] {
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

function competencyBlocks(review: Review): Block[] {
  const all = review.competencies ?? []
  const withEvidence = all.filter((c) => c.entries.length > 0)
  const without = all.filter((c) => c.entries.length === 0)
  const blocks: Block[] = []
  for (const c of withEvidence) {
    blocks.push({
      type: 'heading',
      text: `${c.name}: ${c.scoreStart} → ${c.scoreEnd} (${c.weight} % of the role)`,
    })
    blocks.push({
      type: 'list',
      ordered: false,
      items: c.entries.map((e) => [
        `${formatDay(e.occurredOn)}: `,
        strong(e.title),
        ` (${KIND_LABELS[e.kind].toLowerCase()})`,
      ]),
    })
  }
  if (withEvidence.length === 0) blocks.push(NOTHING)
  if (without.length > 0) {
    blocks.push(
      para(
        strong('No evidence this period:'),
        ` ${without.map((c) => COMPETENCY_BY_ID[c.id].name).join(', ')}.`,
      ),
    )
  }
  return blocks
}

function winBlocks(review: Review): Block[] {
  const wins = review.wins ?? []
  if (wins.length === 0) return [NOTHING]
  return wins.flatMap((w): Block[] => [
    { type: 'heading', text: w.title },
    muted(`${formatDay(w.occurredOn)} · for ${w.stakeholder}`),
    {
      type: 'list',
      ordered: false,
      items: [
        ...field('Needed', w.need),
        ...field('Delivered', w.delivered),
        ...field('Result', w.result),
      ],
    },
    ...(w.feedback ? [{ type: 'quote', text: w.feedback } as const] : []),
  ])
}

function conversationBlocks(review: Review): Block[] {
  const items = review.conversations ?? []
  if (items.length === 0) return [NOTHING]
  return items.flatMap((c): Block[] => {
    const followUp = c.followUpOn
      ? `; follow-up ${c.followUpDone ? 'done' : `on ${formatDay(c.followUpOn)}`}`
      : ''
    return [
      { type: 'heading', text: c.title },
      muted(`${formatDay(c.occurredOn)} · with ${c.counterpart}`),
      {
        type: 'list',
        ordered: false,
        items: [
          ...field('Topic', c.topic),
          ...field('Outcome', `${c.outcomeLabel}${followUp}`),
          ...field('Lesson', c.lesson),
        ],
      },
    ]
  })
}

function growthBlocks(review: Review): Block[] {
  const growth = review.growth
  if (!growth) return []
  const blocks: Block[] = []
  if (growth.entries.length > 0) {
    blocks.push({
      type: 'list',
      ordered: false,
      items: growth.entries.map((g) => [
        strong(g.title),
        ` (${formatDay(g.occurredOn)}): ${g.detail}`,
        ...(g.result ? [` Result: ${g.result}.`] : []),
      ]),
    })
  } else {
    blocks.push(muted('No training, certification or deliberate learning logged in this period.'))
  }
  if (growth.reflections.length > 0) {
    blocks.push({ type: 'heading', text: 'What I would repeat or change' })
    blocks.push({
      type: 'list',
      ordered: false,
      items: growth.reflections.map((r) => [em(r.title), `: ${r.text}`]),
    })
  }
  return blocks
}

function gapBlocks(review: Review): Block[] {
  const gaps = review.gaps ?? []
  if (gaps.length === 0) return [muted('No gaps stand out for this role.')]
  return gaps.flatMap((g, i): Block[] => [
    {
      type: 'heading',
      text: `Priority ${i + 1}: ${g.name} (score ${g.score}, ${g.weight} % of the role)`,
    },
    { type: 'list', ordered: false, items: g.suggestions.map((s) => [s]) },
  ])
}

function logBlocks(review: Review): Block[] {
  const log = review.log ?? []
  if (log.length === 0) return [NOTHING]
  return log.flatMap((item): Block[] => [
    { type: 'heading', text: `${formatDay(item.occurredOn)}: ${item.title}` },
    muted(
      [item.kindLabel, item.competencies.join(', '), item.people.join('; ')]
        .filter(Boolean)
        .join(' · '),
    ),
    {
      type: 'list',
      ordered: false,
      items: [
        ...item.details.flatMap((d) => field(d.label, d.text)),
        ...field('Measurable result', item.result),
        ...field('Tags', item.tags.join(', ')),
      ],
    },
    ...(item.notes ? [{ type: 'quote', text: item.notes, notes: true } as const] : []),
  ])
}

const SECTION_BLOCKS: Record<ReviewSectionId, (review: Review) => Block[]> = {
  summary: summaryBlocks,
  highlights: highlightBlocks,
  competencies: competencyBlocks,
  wins: winBlocks,
  conversations: conversationBlocks,
  growth: growthBlocks,
  gaps: gapBlocks,
  log: logBlocks,
}

export function reviewDocument(review: Review): ReviewDocument {
  const meta = [
    `${formatRange(review.period.from, review.period.to)} · Target role: ${review.role.name}`,
  ]
  if (review.shareSafe)
    meta.push('Share-safe: people are described by role and level, not by name.')
  return {
    title: review.title,
    meta,
    sections: review.sections.map((id) => ({
      id,
      title: SECTION_TITLES[id],
      blocks: SECTION_BLOCKS[id](review).filter(
        (b) => !(b.type === 'list' && b.items.length === 0),
      ),
    })),
    footer: 'Prepared with Leadlog from a private career journal.',
  }
}
