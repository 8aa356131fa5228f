// The default competency framework and the target-role presets (weights sum to 1).
import { COMPETENCY_IDS, type CompetencyId } from './entry'

export interface Competency {
  id: CompetencyId
  name: string
  description: string
  evidence: string
}

export const COMPETENCIES: readonly Competency[] = [
  {
    id: 'strategy',
    name: 'Strategic thinking',
    description: 'Sees past the current project to where the organisation is going.',
    evidence:
      'Turned a vision into a plan; aligned projects with organisational goals; chose what not to do.',
  },
  {
    id: 'stakeholders',
    name: 'Stakeholder leadership',
    description: 'Leads senior stakeholders rather than reporting to them.',
    evidence:
      'Senior stakeholders satisfied; conversations with executives about what reports mean; expectations managed upward.',
  },
  {
    id: 'conflict',
    name: 'Difficult conversations',
    description: 'Faces hard conversations early and handles them well.',
    evidence: 'Hard feedback given or received well; conflict resolved; a no said and held.',
  },
  {
    id: 'people',
    name: 'Developing people',
    description: 'Makes the people around them stronger.',
    evidence:
      'Mentored or coached someone; delegated to grow them; made the team stronger (a multiplier).',
  },
  {
    id: 'communication',
    name: 'Executive communication',
    description: 'Explains and persuades so that decisions get made.',
    evidence:
      'A change explained clearly and persuasively; a decision secured; a status that drove action.',
  },
  {
    id: 'results',
    name: 'Results and root causes',
    description: 'Owns outcomes end to end and fixes problems at their source.',
    evidence:
      'Owned an outcome end to end; fixed the source of a recurring problem instead of reporting it.',
  },
  {
    id: 'business',
    name: 'Business and financial acumen',
    description: 'Understands and acts on money, resources and value.',
    evidence:
      'Budget, forecast, resource allocation, cost or revenue effect understood and acted on.',
  },
  {
    id: 'process',
    name: 'Process and governance',
    description: 'Introduces ways of working that others adopt.',
    evidence:
      'A standard, method or practice introduced and adopted across projects; continuous improvement.',
  },
  {
    id: 'influence',
    name: 'Network and visibility',
    description: 'Builds relationships and lifts others up beyond the team.',
    evidence:
      'Relationships beyond the team; advocates and sponsors; thanked, recognised or lifted others up publicly.',
  },
  {
    id: 'growth',
    name: 'Professional growth',
    description: 'Learns deliberately and keeps credentials current.',
    evidence: 'Certification progress (PMP, PgMP, ITIL, ...), training, deliberate learning.',
  },
]

export const COMPETENCY_BY_ID: Record<CompetencyId, Competency> = Object.fromEntries(
  COMPETENCIES.map((c) => [c.id, c]),
) as Record<CompetencyId, Competency>

export const ROLE_IDS = [
  'director-ops',
  'pmo-lead',
  'it-director',
  'people-manager',
  'lead-without-reports',
] as const
export type RoleId = (typeof ROLE_IDS)[number]

export type Weights = Record<CompetencyId, number>

export interface Role {
  id: RoleId
  name: string
  /** One line for the role picker: what the role is judged on most. */
  summary: string
  weights: Weights
}

function weights(values: readonly number[]): Weights {
  return Object.fromEntries(COMPETENCY_IDS.map((id, i) => [id, values[i] ?? 0])) as Weights
}

// Column order follows COMPETENCY_IDS: strategy, stakeholders, conflict, people,
// communication, results, business, process, influence, growth.
export const ROLES: readonly Role[] = [
  {
    id: 'director-ops',
    summary: 'Runs operations across teams; judged on strategy, senior stakeholders and results.',
    name: 'Director of Operations',
    weights: weights([0.16, 0.14, 0.1, 0.12, 0.1, 0.14, 0.1, 0.06, 0.04, 0.04]),
  },
  {
    id: 'pmo-lead',
    summary: 'Owns how projects are run; judged on process, strategy and developing PMs.',
    name: 'PMO leader',
    weights: weights([0.14, 0.12, 0.04, 0.12, 0.1, 0.1, 0.1, 0.16, 0.06, 0.06]),
  },
  {
    id: 'it-director',
    summary: 'Leads technology for the business; judged on strategy, people and financial sense.',
    name: 'IT director / VP',
    weights: weights([0.16, 0.12, 0.08, 0.14, 0.1, 0.12, 0.12, 0.04, 0.08, 0.04]),
  },
  {
    id: 'people-manager',
    summary: 'First team of your own; judged on developing people and hard conversations.',
    name: 'First-time people manager',
    weights: weights([0.08, 0.1, 0.14, 0.22, 0.12, 0.12, 0.04, 0.06, 0.08, 0.04]),
  },
  {
    id: 'lead-without-reports',
    summary: 'Owns an area or process without a team; judged on results, strategy and influence.',
    name: 'Leader without direct reports',
    weights: weights([0.16, 0.12, 0.04, 0.04, 0.12, 0.16, 0.06, 0.1, 0.14, 0.06]),
  },
]

export const ROLE_BY_ID: Record<RoleId, Role> = Object.fromEntries(
  ROLES.map((r) => [r.id, r]),
) as Record<RoleId, Role>

export const DEFAULT_ROLE: RoleId = 'director-ops'

/**
 * The weights in force: the role's preset with any custom values laid over it,
 * normalised to sum to 1 so the overall score stays within 0..100.
 */
export function resolveWeights(
  role: RoleId = DEFAULT_ROLE,
  custom?: Partial<Record<CompetencyId, number>>,
): Weights {
  const base = ROLE_BY_ID[role].weights
  const merged = Object.fromEntries(
    COMPETENCY_IDS.map((id) => {
      const value = custom?.[id]
      return [id, value !== undefined && Number.isFinite(value) && value >= 0 ? value : base[id]]
    }),
  ) as Weights
  const total = COMPETENCY_IDS.reduce((sum, id) => sum + merged[id], 0)
  if (total <= 0) return { ...base }
  return Object.fromEntries(COMPETENCY_IDS.map((id) => [id, merged[id] / total])) as Weights
}
