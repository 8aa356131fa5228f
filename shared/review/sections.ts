// The review's sections, their order and their headings: shared by the model, the
// three renderers and the view's checkboxes so they cannot drift apart.
import type { Outcome } from '../entry'

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

/** Everything but the full log, which is long and holds private notes. */
export const DEFAULT_SECTIONS: readonly ReviewSectionId[] = REVIEW_SECTIONS.filter(
  (id) => id !== 'log',
)

export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  'in-progress': 'In progress',
  unresolved: 'Unresolved',
}
