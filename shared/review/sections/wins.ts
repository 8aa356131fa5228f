// Stakeholder wins: what they needed, what was delivered, the result, and their words
// as a quote with who said it.
import type { StakeholderWin } from '../../entry'
import type { ReviewContext } from '../context'
import type { WinItem } from '../types'
import { withoutSignature } from './attribution'

export function winsSection(context: ReviewContext): WinItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is StakeholderWin => e.kind === 'stakeholder-win')
    .map((e) => ({
      entryId: e.id,
      title: text(e.title),
      occurredOn: e.occurredOn,
      // In reading order: the line under the title introduces the stakeholder, the
      // fields may mention them again, and the quote's attribution comes last.
      stakeholder: context.person(e.stakeholder),
      need: text(e.need),
      delivered: text(e.delivered),
      ...(e.metric ? { result: context.metric(e) } : {}),
      feedback: text(withoutSignature(e.feedback, e.stakeholder)),
      quotedBy: context.person(e.stakeholder),
    }))
}
