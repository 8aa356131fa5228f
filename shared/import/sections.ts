// The section headings of the popular brag-document template, and what each is evidence
// of. A bullet's section is a strong hint the words alone may miss: "Collaboration &
// mentorship" is about developing people even when the bullet only says "paired with Sam".
import type { CompetencyId } from '../entry'

const SECTION_HINTS: readonly { pattern: RegExp; competencies: CompetencyId[] }[] = [
  { pattern: /mentor|coach|collaborat|team ?work|people|hiring|hires/i, competencies: ['people'] },
  { pattern: /learn|growth|training|certif|course|reading|study/i, competencies: ['growth'] },
  { pattern: /design|document|process|standard|governance/i, competencies: ['process'] },
  {
    pattern: /company building|community|culture|recogni|outreach|network/i,
    competencies: ['influence'],
  },
  { pattern: /stakeholder|client|customer|executive/i, competencies: ['stakeholders'] },
  { pattern: /strateg|vision|roadmap|planning/i, competencies: ['strategy'] },
  { pattern: /budget|financ|cost|revenue/i, competencies: ['business'] },
  { pattern: /communicat|talks?|presentation|writing/i, competencies: ['communication'] },
  {
    pattern: /projects?|results?|wins?|accomplish|achievement|impact|deliver|incident/i,
    competencies: ['results'],
  },
]

export function sectionCompetencies(section: string | undefined): CompetencyId[] {
  if (!section) return []
  return SECTION_HINTS.filter(({ pattern }) => pattern.test(section)).flatMap((h) => h.competencies)
}

/** Sections that list plans or things still to do: not evidence of anything yet. */
export function isPlanSection(section: string): boolean {
  return /\b(goals?|plans?|to ?do|todo|next steps|objectives|intentions)\b/i.test(section)
}
