// The Bullets view's edits (text, pin, hide) as the case takes them. Pinned bullets lead
// their section in the order given; rows keep no time of pinning, so the order is that
// of each row's last change, oldest first (usually the pin itself).
import { useMemo } from 'react'
import type { PromotionBulletEdit } from '../../../../shared/promotion'
import { useBulletEdits } from '../../data/bulletEdits'

/** Undefined while loading; a new list only when an edit changes. */
export function useCaseEdits(): PromotionBulletEdit[] | undefined {
  const rows = useBulletEdits()
  return useMemo(() => {
    if (!rows) return undefined
    return [...rows.values()]
      .sort((a, b) =>
        a.updatedAt === b.updatedAt
          ? a.entryId.localeCompare(b.entryId)
          : Date.parse(a.updatedAt) - Date.parse(b.updatedAt),
      )
      .map(({ entryId, text, pinned, hidden }) => ({
        entryId,
        pinned,
        hidden,
        ...(text !== undefined ? { text } : {}),
      }))
  }, [rows])
}
