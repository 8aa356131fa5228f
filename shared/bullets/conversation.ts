// How a resume-worthy conversation opens: from what it achieved (held a line, dealt with
// a slip, reached an agreement, reset an expectation, settled a disagreement) and its
// outcome, never "Led a difficult conversation with …" for all of them.
import type { DifficultConversation } from '../entry'
import { CONVERSATION_AIMS, conversationOpening, type ConversationAim } from './verbs'

/** What the conversation was for, from the words of its title and topic. */
export function conversationAim(entry: DifficultConversation): ConversationAim {
  const text = `${entry.title} ${entry.topic}`
  for (const [aim, words] of CONVERSATION_AIMS) if (words.test(text)) return aim
  return 'disagreement'
}

/** A topic written as a sentence ("Infrastructure wanted patching …"), not a noun phrase. */
export function isSentence(topic: string): boolean {
  return (
    !/^\S+ing\b/i.test(topic) &&
    /\b(?:is|are|was|were|has|have|had|would|will|could|can|did|does|wanted|wants|kept|keeps|refused|said|asked|needed)\b/i.test(
      topic,
    )
  )
}

/**
 * The opening with the counterpart (`who`) and the topic put in: "Held the line with the
 * VP Sales against adding …". Without a topic the topic's phrase goes ("Held … to
 * account"); a topic that is a sentence follows a colon.
 */
export function openingFor(
  entry: DifficultConversation,
  who: string,
  topic: string,
): { text: string } {
  const aim = conversationAim(entry)
  const template = conversationOpening(
    aim,
    entry.outcome === 'resolved',
    entry.counterpart.level,
  ).replace('{who}', who)
  if (topic && !isSentence(topic)) return { text: template.replace('{topic}', topic) }
  const bare = template
    .replace(/\s(?:against|on|over|after|for)\s\{topic\}/, '')
    .replace('{topic}', 'the issue')
  return { text: topic ? `${bare}: ${topic}` : bare }
}
