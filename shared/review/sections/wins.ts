// Stakeholder wins: what they needed, what was delivered, and their feedback.
import type { StakeholderWin } from '../../entry'
import type { ReviewContext } from '../context'
import type { WinItem } from '../types'

export function winsSection(context: ReviewContext): WinItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is StakeholderWin => e.kind === 'stakeholder-win')
    .map((e) => ({
      entryId: e.id,
      title: text(e.title),
      occurredOn: e.occurredOn,
      stakeholder: context.person(e.stakeholder),
      need: text(e.need),
      delivered: text(e.delivered),
      feedback: text(e.feedback),
      ...(e.metric ? { result: context.metric(e) } : {}),
    }))
}
