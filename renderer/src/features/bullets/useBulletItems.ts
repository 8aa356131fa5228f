// The Bullets view's list: the ranking for the period, read as far as the page needs
// (see bulletSelection.ts), with the user's edits, pins and hides.
import { useMemo } from 'react'
import {
  createBulletChecker,
  isBulletCandidate,
  rankBullets,
  type BulletOptions,
} from '../../../../shared/bullets'
import type { RoleId } from '../../../../shared/entry'
import type { CompetencyId, Entry } from '../../../../shared/entry'
import { createShareSafe, uniquePeople } from '../../../../shared/bullets'
import type { BulletEditRow } from '../../data/db'
import { selectBullets, type BulletSelection, type EditChecker } from './bulletSelection'

export type { BulletItem } from './bulletSelection'

const keep = (text: string) => text

export interface BulletQuery {
  today: string
  role?: RoleId
  weights?: BulletOptions['weights']
  shareSafe: boolean
  from?: string
  to?: string
  competency: CompetencyId | ''
  showHidden: boolean
  limit: number
}

export function useBulletItems(
  entries: readonly Entry[] | undefined,
  edits: ReadonlyMap<string, BulletEditRow> | undefined,
  query: BulletQuery,
): { selection: BulletSelection | undefined; check: EditChecker } {
  const { today, role, weights, shareSafe, from, to, competency, showHidden, limit } = query
  const options = useMemo(
    (): BulletOptions => ({
      asOf: today,
      shareSafe,
      ...(role ? { role } : {}),
      ...(weights ? { weights } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }),
    [today, role, weights, shareSafe, from, to],
  )
  // The ranking keeps what it has written, so paging on reads further, not again.
  const ranking = useMemo(() => entries && rankBullets(entries, options), [entries, options])
  const byId = useMemo(() => new Map(entries?.map((entry) => [entry.id, entry])), [entries])
  const redact = useMemo(
    () => (shareSafe && entries ? createShareSafe(uniquePeople(entries)) : keep),
    [entries, shareSafe],
  )
  const check = useMemo(
    () => createBulletChecker(entries ?? [], role, weights),
    [entries, role, weights],
  )
  const selection = useMemo(() => {
    if (!ranking || !edits) return undefined
    return selectBullets({
      ranking,
      entries: byId,
      edits,
      check,
      redact,
      isCandidate: (entry) => isBulletCandidate(entry, options),
      competency,
      showHidden,
      limit,
    })
  }, [ranking, byId, edits, check, redact, options, competency, showHidden, limit])
  return { selection, check }
}
