// The highlights: the period's strongest resume bullets as the Bullets view ranks them,
// with the user's own hand on them: an edited bullet prints the user's text, a hidden
// one never appears, and pinned ones lead in the order the user pinned them.
import {
  createShareSafe,
  isBulletCandidate,
  rankBullets,
  uniquePeople,
  type Bullet,
  type BulletOptions,
} from '../../bullets'
import type { ReviewContext } from '../context'
import { HIGHLIGHT_COUNT } from '../outline'
import type { ReviewHighlight } from '../types'

export function highlightsSection(context: ReviewContext): ReviewHighlight[] {
  const { period, edits } = context
  const options: BulletOptions = {
    asOf: context.endAsOf,
    role: context.roleId,
    weights: context.weights,
    shareSafe: context.shareSafe,
    from: period.from,
    to: period.to,
  }
  const byId = new Map(context.inPeriod.map((e) => [e.id, e]))
  const { pinned, ranked } = readRanking(context, options)
  // Names the user typed into an edit are described as the Bullets view's copy does it;
  // made only when an edited bullet is printed (it reads every person in the journal).
  let redact: ((text: string) => string) | undefined
  const own = (text: string) => {
    if (!context.shareSafe) return text
    redact ??= createShareSafe(uniquePeople(context.entries))
    return redact(text)
  }
  const room = Math.max(0, HIGHLIGHT_COUNT - pinned.length)
  return [...pinned, ...ranked.slice(0, room)].map((bullet) => {
    const edit = edits.get(bullet.entryId)
    const text = edit?.text?.trim()
    return {
      entryId: bullet.entryId,
      text: text ? own(text) : bullet.text,
      occurredOn: byId.get(bullet.entryId)?.occurredOn ?? '',
      competencies: [...bullet.competencies],
      edited: Boolean(text),
      pinned: edit?.pinned === true,
    }
  })
}

/**
 * Reads the ranking only as far as needed: until enough visible bullets have come up to
 * fill the highlights and every pinned bullet of the period has been found (or the
 * ranking ends). Hidden bullets are passed over; pinned ones come back in pin order.
 */
function readRanking(
  context: ReviewContext,
  options: BulletOptions,
): { pinned: Bullet[]; ranked: Bullet[] } {
  const { edits } = context
  // The period's pinned bullets to wait for, and how many hidden ones will be passed over.
  const wanted = new Set<string>()
  let hidden = 0
  for (const entry of context.inPeriod) {
    const edit = edits.get(entry.id)
    if (!edit || !isBulletCandidate(entry, options)) continue
    if (edit.hidden) hidden++
    else if (edit.pinned) wanted.add(entry.id)
  }
  const ranking = rankBullets(context.entries, options)
  const found = new Map<string, Bullet>()
  const ranked: Bullet[] = []
  let read = 0
  for (let batch = HIGHLIGHT_COUNT + wanted.size + hidden; ; batch *= 2) {
    const bullets = ranking.take(batch)
    for (; read < bullets.length; read++) {
      const bullet = bullets[read]!
      const edit = edits.get(bullet.entryId)
      if (edit?.hidden) continue
      if (wanted.has(bullet.entryId)) found.set(bullet.entryId, bullet)
      else ranked.push(bullet)
    }
    const ended = bullets.length < batch
    if (ended || (found.size === wanted.size && ranked.length >= HIGHLIGHT_COUNT)) break
  }
  // Pin order is the order of the edits as given, not journal or rank order.
  const pinned = [...edits.keys()].flatMap((id) => {
    const bullet = found.get(id)
    return bullet ? [bullet] : []
  })
  return { pinned, ranked }
}
