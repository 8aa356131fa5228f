// Leadership moments: what the situation was, what I did, what changed, and briefly what
// I would repeat or change. Each moment is a short story a manager can retell.
import type { LeadershipMoment } from '../../entry'
import type { ReviewContext } from '../context'
import type { MomentItem } from '../types'
import { kept } from './kept'

export function momentsSection(context: ReviewContext): MomentItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is LeadershipMoment => e.kind === 'leadership-moment')
    .map((e) =>
      kept(e, 'moments', {
        entryId: e.id,
        title: text(e.title),
        occurredOn: e.occurredOn,
        situation: text(e.situation),
        action: text(e.action),
        result: text(e.result),
        ...(e.metric ? { metric: context.metric(e) } : {}),
        reflection: text(e.reflection),
      }),
    )
}
