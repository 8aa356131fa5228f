// The story sections' wording: leadership moments, stakeholder wins and difficult
// conversations, each a short account a manager can retell.
import type { Block } from '../../document'
import { formatDay } from './day'
import type { ConversationItem, MomentItem, Review, WinItem } from '../types'
import { keptPerItem, keptPerRun } from './keptBlocks'
import { bullets, field, heading, muted, NOTHING } from './parts'

export function momentBlocks(review: Review): Block[] {
  const moments = review.moments ?? []
  if (moments.length === 0) return [NOTHING]
  return momentRun(moments)
}

const momentRun = keptPerRun((moments: readonly MomentItem[]) => moments.flatMap(momentBlocksOf))

const momentBlocksOf = keptPerItem((m: MomentItem): Block[] => [
  heading(m.title),
  muted(formatDay(m.occurredOn)),
  bullets([
    ...field('Situation', m.situation),
    ...field('What I did', m.action),
    ...field('What changed', m.result),
    ...field('Measured', m.metric),
    ...field('Looking back', m.reflection),
  ]),
])

export function winBlocks(review: Review): Block[] {
  const wins = review.wins ?? []
  if (wins.length === 0) return [NOTHING]
  return winRun(wins)
}

const winRun = keptPerRun((wins: readonly WinItem[]) => wins.flatMap(winBlocksOf))

const winBlocksOf = keptPerItem((w: WinItem): Block[] => [
  heading(w.title),
  muted(`${formatDay(w.occurredOn)} · for ${w.stakeholder}`),
  bullets([
    ...field('What they needed', w.need),
    ...field('What I delivered', w.delivered),
    ...field('Result', w.result),
  ]),
  ...(w.feedback ? [{ type: 'quote', text: `${w.feedback}\n— ${w.quotedBy}` } as const] : []),
])

export function conversationBlocks(review: Review): Block[] {
  const items = review.conversations ?? []
  if (items.length === 0) return [NOTHING]
  return conversationRun(items)
}

const conversationRun = keptPerRun((items: readonly ConversationItem[]) =>
  items.flatMap(conversationBlocksOf),
)

const conversationBlocksOf = keptPerItem((c: ConversationItem): Block[] => {
  const followUp = c.followUpDoneOn
    ? `; followed up on ${formatDay(c.followUpDoneOn)}`
    : c.followUpOn && !c.followUpDone
      ? `; follow-up planned for ${formatDay(c.followUpOn)}`
      : ''
  return [
    heading(c.title),
    muted(`${formatDay(c.occurredOn)} · with ${c.counterpart}`),
    bullets([
      ...field('Topic', c.topic),
      ...field('How I prepared', c.preparation),
      ...field('What I said', c.whatISaid),
      ...field('Outcome', `${c.outcomeLabel}${followUp}`),
      ...field('What I learned', c.lesson),
    ]),
  ]
})
