// The review's wording, once: the Review model laid out as the neutral blocks of
// shared/document, whose Markdown, HTML and DOCX renderers only translate blocks, so the
// three formats always say the same thing. Each section's wording is in wording/.
import type { Block, DocumentModel, DocumentSection } from '../document'
import { memoiseByObject } from '../format'
import { formatRange } from '../time'
import { SECTION_TITLES, type ReviewSectionId } from './outline'
import type { Review } from './types'
import { competencyBlocks, growthBlocks, highlightBlocks } from './wording/evidence'
import { logBlocks } from './wording/log'
import { askBlocks, goalBlocks } from './wording/plans'
import { conversationBlocks, momentBlocks, winBlocks } from './wording/story'
import { summaryBlocks } from './wording/summary'

export interface BlockSection extends DocumentSection {
  id: ReviewSectionId
}

export interface ReviewDocument extends DocumentModel {
  sections: BlockSection[]
}

const SECTION_BLOCKS: Record<ReviewSectionId, (review: Review) => Block[]> = {
  summary: summaryBlocks,
  highlights: highlightBlocks,
  moments: momentBlocks,
  wins: winBlocks,
  conversations: conversationBlocks,
  competencies: competencyBlocks,
  growth: growthBlocks,
  asks: askBlocks,
  gaps: goalBlocks,
  log: logBlocks,
}

export function reviewDocument(review: Review): ReviewDocument {
  // A role the user did not choose is not theirs to present to a manager: it is left out.
  const range = formatRange(review.period.from, review.period.to)
  const meta = [review.role.isDefault ? range : `${range} · Target role: ${review.role.name}`]
  if (review.shareSafe) meta.push('Colleagues are described by their role, not named.')
  return {
    title: review.title,
    meta,
    sections: review.sections.map((id) => ({
      id,
      title: SECTION_TITLES[id],
      blocks: printed(SECTION_BLOCKS[id](review)),
    })),
    footer: 'Prepared with Leadlog from a private career journal.',
  }
}

/**
 * The blocks with empty lists left out. A frozen run of blocks (wording/keptBlocks.ts)
 * is looked at once and given back as the same frozen array, so a renderer can keep the
 * section's text whole.
 */
function printed(blocks: Block[]): Block[] {
  return Object.isFrozen(blocks) ? printedFrozen(blocks) : blocks.filter(isShown)
}

const printedFrozen = memoiseByObject((blocks: Block[]): Block[] => {
  if (blocks.every(isShown)) return blocks
  const shown = blocks.filter(isShown)
  Object.freeze(shown)
  return shown
})

function isShown(b: Block): boolean {
  return !(b.type === 'list' && b.items.length === 0)
}
