// The promotion case's wording, once: the case laid out as the neutral blocks of
// shared/document, in the user's own voice. The Markdown, HTML and DOCX renderers only
// translate blocks, so every format says the same thing.
import type { Block, DocumentModel, DocumentSection, Inline } from '../document'
import { formatDay, formatRange } from '../time'
import type { CaseList, CitedEntry, PromotionCase, StorySection } from './types'
import { inWords, joinWords, lowerFirst } from './words'

export const CASE_SECTIONS = [
  'summary',
  'impact',
  'organisation',
  'people',
  'influence',
  'voices',
  'competencies',
  'plan',
] as const
export type CaseSectionId = (typeof CASE_SECTIONS)[number]

/** The questions a promotion committee asks, as headings. */
export const CASE_SECTION_TITLES: Record<CaseSectionId, string> = {
  summary: 'The case',
  impact: 'Impact, with numbers',
  organisation: 'How the organisation got better',
  people: 'People I developed',
  influence: 'Influence and glue work',
  voices: 'Who can speak to it',
  competencies: 'Evidence by competency',
  plan: 'Gaps and my plan',
}

const strong = (text: string): Inline => ({ text, strong: true })
const em = (text: string): Inline => ({ text, em: true })
const muted = (text: string): Block => ({ type: 'paragraph', content: [text], muted: true })
const list = (items: Inline[][]): Block => ({ type: 'list', ordered: false, items })

/** What an empty story section says, and how its cut lines are counted. */
const STORY_WORDS: Record<StorySection, { none: string; more: (n: string) => string }> = {
  impact: {
    none: 'No measurable results logged in this period yet.',
    more: (n) => `And ${n} more measurable ${n === 'one' ? 'result' : 'results'}, not listed here.`,
  },
  organisation: {
    none: 'No process, governance or root-cause work logged in this period yet.',
    more: (n) => `And ${n} more ${n === 'one' ? 'example' : 'examples'}, not listed here.`,
  },
  people: {
    none: 'No mentoring, coaching or delegation logged in this period yet.',
    more: (n) => `And ${n} more ${n === 'one' ? 'example' : 'examples'}, not listed here.`,
  },
  influence: {
    none: 'No stakeholder or network work logged in this period yet.',
    more: (n) => `And ${n} more ${n === 'one' ? 'example' : 'examples'}, not listed here.`,
  },
}

function storyBlocks(section: StorySection, story: CaseList): Block[] {
  const words = STORY_WORDS[section]
  if (story.items.length === 0) return [muted(words.none)]
  const blocks = [
    list(story.items.map((item) => [item.text, em(` (${formatDay(item.occurredOn)})`)])),
  ]
  if (story.more > 0) blocks.push(muted(words.more(inWords(story.more))))
  return blocks
}

function cited(entry: CitedEntry): string {
  return `${entry.title} (${formatDay(entry.occurredOn)})`
}

function voiceBlocks(c: PromotionCase): Block[] {
  const { quoted, moreQuoted, others, moreOthers } = c.voices
  const blocks: Block[] = []
  if (quoted.length === 0) blocks.push(muted('No stakeholder feedback logged in this period yet.'))
  else
    blocks.push(
      list(
        quoted.map((v) => [
          strong(`${v.who}:`),
          ` “${v.quote}” `,
          em(`${v.on.title}, ${formatDay(v.on.occurredOn)}`),
        ]),
      ),
    )
  if (moreQuoted > 0)
    blocks.push(muted(`And ${inWords(moreQuoted)} more who gave feedback, not quoted here.`))
  if (others.length > 0) {
    const names = moreOthers > 0 ? [...others, `${inWords(moreOthers)} more`] : others
    // Named, each is "Helen Brooks, the COO": semicolons keep the people apart.
    const said = c.shareSafe ? joinWords(names) : names.join('; ')
    blocks.push({
      type: 'paragraph',
      content: [strong('Others who saw the work:'), ` ${said}.`],
    })
  }
  return blocks
}

function competencyBlocks(c: PromotionCase): Block[] {
  return [
    // Without a chosen role the order is the default role's: kept, but not claimed.
    muted(
      c.role.isDefault
        ? 'Strongest entries first.'
        : 'In the order the role weighs them, strongest entries first.',
    ),
    list(
      c.competencies.map((comp) => {
        if (comp.entries.length === 0)
          return [strong(`${comp.name}:`), ' ', em('no evidence in this period yet.')]
        const more = comp.more > 0 ? `; and ${inWords(comp.more)} more` : ''
        return [strong(`${comp.name}:`), ` ${comp.entries.map(cited).join('; ')}${more}.`]
      }),
    ),
  ]
}

function planBlocks(c: PromotionCase): Block[] {
  const blocks: Block[] = []
  if (c.gaps.length > 0) {
    const names = c.gaps.map((g) => lowerFirst(g.name))
    blocks.push({
      type: 'paragraph',
      content: [
        c.role.isDefault
          ? `Where I need more evidence: ${joinWords(names)}.`
          : `Where this role needs more evidence from me: ${joinWords(names)}.`,
      ],
    })
  } else {
    blocks.push(muted(c.role.isDefault ? 'No gap stands out.' : 'No gap stands out for this role.'))
  }
  if (c.plan.own) {
    blocks.push(list(c.plan.steps.map((step) => [step])))
    if (c.plan.more > 0)
      blocks.push(
        muted(`And ${inWords(c.plan.more)} more ${c.plan.more === 1 ? 'step' : 'steps'}.`),
      )
  } else if (c.gaps.length > 0) {
    blocks.push(list(c.gaps.map((g) => [strong(`${g.name}:`), ` ${g.plan}`])))
  }
  return blocks
}

function sectionBlocks(c: PromotionCase, id: CaseSectionId): Block[] {
  switch (id) {
    case 'summary':
      return c.summary.text
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
        .filter(Boolean)
        .map((p): Block => ({ type: 'paragraph', content: [p] }))
    case 'voices':
      return voiceBlocks(c)
    case 'competencies':
      return competencyBlocks(c)
    case 'plan':
      return planBlocks(c)
    default:
      return storyBlocks(id, c[id])
  }
}

export function promotionDocument(c: PromotionCase): DocumentModel {
  const meta = [`Period: ${formatRange(c.period.from, c.period.to)}`]
  if (c.shareSafe) meta.push('Share-safe: people are described by their role, not named.')
  const sections: DocumentSection[] = CASE_SECTIONS.map((id) => ({
    id,
    title: CASE_SECTION_TITLES[id],
    blocks: sectionBlocks(c, id),
  }))
  return {
    title: c.title,
    meta,
    sections,
    footer: 'Prepared with Leadlog from a private career journal.',
    date: c.period.to,
    compact: true,
  }
}
