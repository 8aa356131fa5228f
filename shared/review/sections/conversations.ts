// Difficult conversations: the topic, how it ended, the lesson and any follow-up.
import { OUTCOME_LABELS, type DifficultConversation } from '../../entry'
import type { ReviewContext } from '../context'
import type { ConversationItem } from '../types'

export function conversationsSection(context: ReviewContext): ConversationItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is DifficultConversation => e.kind === 'difficult-conversation')
    .map((e) => ({
      entryId: e.id,
      title: text(e.title),
      occurredOn: e.occurredOn,
      counterpart: context.person(e.counterpart),
      topic: text(e.topic),
      outcome: e.outcome,
      outcomeLabel: OUTCOME_LABELS[e.outcome],
      lesson: text(e.lesson),
      ...(e.followUpOn ? { followUpOn: e.followUpOn } : {}),
      followUpDone: e.followUpDoneAt !== undefined,
    }))
}
