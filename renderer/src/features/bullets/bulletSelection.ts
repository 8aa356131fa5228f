// Which bullets the view shows: read from the ranking only as far as the page needs,
// merged with the user's edits, pins and hides. A journal of thousands of entries
// writes the first page of bullets, not all of them.
import type { Bullet, BulletRanking } from '../../../../shared/bullets'
import type { CompetencyId, Entry } from '../../../../shared/entry'
import type { BulletEditRow } from '../../data/db'
import { isStale } from '../../data/bulletEdits'

export interface BulletItem {
  bullet: Bullet
  entry: Entry
  /** The generated text, or the user's when they edited it. */
  text: string
  /** What copy and export give: in share-safe mode, names the user typed are replaced. */
  shareText: string
  checks: Bullet['checks']
  hints: string[]
  edited: boolean
  /** Edited, and the entry changed since: the user should review. */
  stale: boolean
  pinned: boolean
  hidden: boolean
}

export type EditChecker = (text: string, entry: Entry) => Pick<Bullet, 'checks' | 'hints'>

export interface SelectionInput {
  ranking: BulletRanking
  entries: ReadonlyMap<string, Entry>
  edits: ReadonlyMap<string, BulletEditRow>
  check: EditChecker
  /** Share-safe replacement of names (identity when share-safe is off). */
  redact: (text: string) => string
  /** Whether an entry can have a bullet in this period (see isBulletCandidate). */
  isCandidate: (entry: Entry) => boolean
  competency: CompetencyId | ''
  showHidden: boolean
  /** How many to show. */
  limit: number
}

export interface BulletSelection {
  /** In rank order, at most `limit`. */
  shown: BulletItem[]
  /** More bullets match beyond `limit`. */
  more: boolean
  /** The period has at least one bullet, whatever the filters. */
  any: boolean
  /** Hidden bullets in the competency, also those not shown. */
  hiddenCount: number
  /** Share texts of the pinned, unhidden bullets in the competency, in rank order. */
  pinned: string[]
}

function itemOf(
  bullet: Bullet,
  entry: Entry,
  edit: BulletEditRow | undefined,
  input: Pick<SelectionInput, 'check' | 'redact'>,
): BulletItem {
  const edited = edit?.text !== undefined
  const own = edited ? input.check(edit.text!, entry) : undefined
  return {
    bullet,
    entry,
    text: edited ? edit.text! : bullet.text,
    // Generated text is already share-safe when asked; the user's may name someone.
    shareText: edited ? input.redact(edit.text!) : bullet.text,
    checks: own?.checks ?? bullet.checks,
    hints: own?.hints ?? bullet.hints,
    edited,
    stale: isStale(edit, entry),
    pinned: edit?.pinned ?? false,
    hidden: edit?.hidden ?? false,
  }
}

/**
 * Reads the ranking in growing batches until one more matching bullet than the page
 * holds is found, and every pinned or hidden bullet of the period has come up (so the
 * pinned list and the hidden count are complete), or the ranking ends.
 */
export function selectBullets(input: SelectionInput): BulletSelection {
  const { ranking, entries, edits, competency, showHidden, limit } = input
  const waiting = new Set<string>()
  for (const [id, edit] of edits) {
    const entry = entries.get(id)
    if ((edit.pinned || edit.hidden) && entry && input.isCandidate(entry)) waiting.add(id)
  }
  const shown: BulletItem[] = []
  const pinned: string[] = []
  let matching = 0
  let hiddenCount = 0
  let read = 0
  let any = false
  for (let batch = limit + 1; ; batch *= 2) {
    const bullets = ranking.take(batch)
    any ||= bullets.length > 0
    for (; read < bullets.length; read++) {
      const bullet = bullets[read]!
      const entry = entries.get(bullet.entryId)
      if (!entry) continue
      waiting.delete(bullet.entryId)
      if (competency && !bullet.competencies.includes(competency)) continue
      const item = itemOf(bullet, entry, edits.get(bullet.entryId), input)
      if (item.hidden) hiddenCount++
      if (item.pinned && !item.hidden) pinned.push(item.shareText)
      if (item.hidden && !showHidden) continue
      matching++
      if (shown.length < limit) shown.push(item)
    }
    const ended = bullets.length < batch
    if (ended || (matching > limit && waiting.size === 0)) break
  }
  return { shown, more: matching > limit, any, hiddenCount, pinned }
}
