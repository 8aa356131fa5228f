// Difficult conversations: the topic, how I prepared, what I said, how it ended, the
// lesson and any follow-up, with the counterpart described rather than named.
import { OUTCOME_LABELS, type DifficultConversation } from '../../entry'
import type { ReviewContext } from '../context'
import type { ConversationItem } from '../types'
import { kept } from './kept'

export function conversationsSection(context: ReviewContext): ConversationItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is DifficultConversation => e.kind === 'difficult-conversation')
    .map((e) => {
      // The line under the title introduces the counterpart, even when the title names
      // them too ("Raised Aisha's missed deadlines"): said first, it is the full description.
      const counterpart = context.person(e.counterpart)
      return kept(e, 'conversations', {
        entryId: e.id,
        title: text(e.title),
        occurredOn: e.occurredOn,
        counterpart,
        topic: text(e.topic),
        preparation: text(e.preparation),
        whatISaid: text(e.whatISaid),
        outcome: e.outcome,
        outcomeLabel: OUTCOME_LABELS[e.outcome],
        lesson: text(e.lesson),
        ...(e.followUpOn ? { followUpOn: e.followUpOn } : {}),
        followUpDone: e.followUpDoneAt !== undefined,
        ...(e.followUpDoneAt ? { followUpDoneOn: e.followUpDoneAt.slice(0, 10) } : {}),
      })
    })
}
