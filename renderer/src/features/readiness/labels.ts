// Short competency names for chart axes, where the full names would collide.
import type { CompetencyId } from '../../../../shared/entry'

export const SHORT_NAMES: Record<CompetencyId, string> = {
  strategy: 'Strategy',
  stakeholders: 'Stakeholders',
  conflict: 'Hard talks',
  people: 'People',
  communication: 'Communication',
  results: 'Results',
  business: 'Business',
  process: 'Process',
  influence: 'Network',
  growth: 'Growth',
}
