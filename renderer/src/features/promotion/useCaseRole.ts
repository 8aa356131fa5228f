// The role the case is for: the one picked in this view, else the target role in
// Settings, else the default role (said to be the default). Null while the settings are read.
import { useMemo } from 'react'
import { DEFAULT_ROLE, type CompetencyId, type RoleId } from '../../../../shared/entry'
import { useSettings } from '../../data/settings'
import { usePromotionUi } from './promotionSlice'

export interface CaseRole {
  role: RoleId
  /**
   * False while the user has picked no role here and chosen none in Settings: the case is
   * then weighed as the default role but names none.
   */
  chosen: boolean
  /** The user's own weights, which belong to their target role only. */
  weights?: Partial<Record<CompetencyId, number>>
}

export function useCaseRole(): CaseRole | null {
  const settings = useSettings()
  const picked = usePromotionUi((s) => s.role)
  // One object per change, so the case is rebuilt only when the role or weights change.
  return useMemo(() => {
    if (!settings) return null
    const role = picked ?? settings.targetRole ?? DEFAULT_ROLE
    const chosen = picked !== null || settings.targetRole !== null
    return role === settings.targetRole
      ? { role, chosen, weights: settings.customWeights }
      : { role, chosen }
  }, [settings, picked])
}
