// The review's outline: its sections, their order, headings and sizes, shared by the
// model, the three renderers and the view's checkboxes so they cannot drift apart.

export const REVIEW_SECTIONS = [
  'summary',
  'highlights',
  'competencies',
  'wins',
  'conversations',
  'growth',
  'gaps',
  'log',
] as const
export type ReviewSectionId = (typeof REVIEW_SECTIONS)[number]

export const SECTION_TITLES: Record<ReviewSectionId, string> = {
  summary: 'Summary',
  highlights: 'Top highlights',
  competencies: 'Evidence by competency',
  wins: 'Stakeholder wins',
  conversations: 'Difficult conversations',
  growth: 'Growth and learning',
  gaps: 'Gaps and goals for next quarter',
  log: 'Full log',
}

/** How many bullets the highlights section shows. */
export const HIGHLIGHT_COUNT = 5
/** How many gaps become goals for the next quarter. */
export const GOAL_COUNT = 3

/** Everything but the full log, which is long and holds private notes. */
export const DEFAULT_SECTIONS: readonly ReviewSectionId[] = REVIEW_SECTIONS.filter(
  (id) => id !== 'log',
)

/** The outcome's words live with the entry (the editor and the entry view use them too). */
export { OUTCOME_LABELS } from '../entry'
