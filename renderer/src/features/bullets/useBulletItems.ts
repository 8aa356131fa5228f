// The Bullets view's list: generated bullets merged with the user's edits, pins and
// hides, each with the checks for the text actually shown.
import { useMemo } from 'react'
import { createBulletChecker, generateBullets, type Bullet } from '../../../../shared/bullets'
import type { RoleId } from '../../../../shared/competencies'
import type { Entry } from '../../../../shared/entry'
import type { BulletEditRow } from '../../db/db'
import { isStale } from '../../db/bulletEdits'

export interface BulletItem {
  bullet: Bullet
  entry: Entry
  /** The generated text, or the user's when they edited it. */
  text: string
  checks: Bullet['checks']
  hints: string[]
  edited: boolean
  /** Edited, and the entry changed since: the user should review. */
  stale: boolean
  pinned: boolean
  hidden: boolean
}

export interface BulletQuery {
  today: string
  role?: RoleId
  shareSafe: boolean
  from?: string
  to?: string
}

export function useBulletItems(
  entries: readonly Entry[] | undefined,
  edits: ReadonlyMap<string, BulletEditRow> | undefined,
  query: BulletQuery,
): BulletItem[] | undefined {
  const { today, role, shareSafe, from, to } = query
  const bullets = useMemo(
    () =>
      entries
        ? generateBullets(entries, {
            asOf: today,
            shareSafe,
            ...(role ? { role } : {}),
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
          })
        : undefined,
    [entries, today, role, shareSafe, from, to],
  )
  const check = useMemo(() => createBulletChecker(entries ?? [], role), [entries, role])
  return useMemo(() => {
    if (!bullets || !entries || !edits) return undefined
    const byId = new Map(entries.map((entry) => [entry.id, entry]))
    return bullets.flatMap((bullet) => {
      const entry = byId.get(bullet.entryId)
      if (!entry) return []
      const edit = edits.get(bullet.entryId)
      const edited = edit?.text !== undefined
      const own = edited ? check(edit.text!, entry) : undefined
      return [
        {
          bullet,
          entry,
          text: edited ? edit.text! : bullet.text,
          checks: own?.checks ?? bullet.checks,
          hints: own?.hints ?? bullet.hints,
          edited,
          stale: isStale(edit, entry),
          pinned: edit?.pinned ?? false,
          hidden: edit?.hidden ?? false,
        },
      ]
    })
  }, [bullets, entries, edits, check])
}
