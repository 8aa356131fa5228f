// The user's bullet edits (Bullets view: text, pin, hide) as the review takes them.
// Pinned bullets lead the highlights in the order given; the rows keep no time of pinning,
// so the order is that of each row's last change, oldest first: usually the pin itself.
import { useMemo } from 'react'
import type { ReviewBulletEdit } from '../../../../shared/review'
import { useBulletEdits } from '../../data/bulletEdits'
import type { BulletEditRow } from '../../data/db'

export function toReviewEdits(rows: Iterable<BulletEditRow>): ReviewBulletEdit[] {
  return [...rows]
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
}

/** Undefined while loading; a new list only when an edit changes. */
export function useReviewEdits(): ReviewBulletEdit[] | undefined {
  const rows = useBulletEdits()
  return useMemo(() => (rows ? toReviewEdits(rows.values()) : undefined), [rows])
}
