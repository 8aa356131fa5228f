// The review's outline: its sections, their order, headings and sizes, shared by the
// model, the three renderers and the view's checkboxes so they cannot drift apart.

// The order reads as a manager takes it in: the story first (what I did, for whom, the
// hard conversations), then the evidence per competency, then what comes next.
export const REVIEW_SECTIONS = [
  'summary',
  'highlights',
  'moments',
  'wins',
  'conversations',
  'competencies',
  'growth',
  'asks',
  'gaps',
  'log',
] as const
export type ReviewSectionId = (typeof REVIEW_SECTIONS)[number]

export const SECTION_TITLES: Record<ReviewSectionId, string> = {
  summary: 'Summary',
  highlights: 'Highlights',
  moments: 'Leadership moments',
  wins: 'Stakeholder wins',
  conversations: 'Difficult conversations',
  competencies: 'Evidence by competency',
  growth: 'Growth and learning',
  asks: 'What I need',
  gaps: 'Goals for next quarter',
  log: 'Full log',
}

/** How many bullets the highlights section shows. */
export const HIGHLIGHT_COUNT = 5
/** How many gaps become plans for the next quarter when the user wrote no goals. */
export const GOAL_COUNT = 3

/** Everything but the full log, which is long and holds private notes. */
export const DEFAULT_SECTIONS: readonly ReviewSectionId[] = REVIEW_SECTIONS.filter(
  (id) => id !== 'log',
)

/** The outcome's words live with the entry (the editor and the entry view use them too). */
export { OUTCOME_LABELS } from '../entry'
