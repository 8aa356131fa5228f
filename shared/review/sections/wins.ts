// Stakeholder wins: what they needed, what was delivered, the result, and their words
// as a quote with who said it.
import type { StakeholderWin } from '../../entry'
import type { ReviewContext } from '../context'
import type { WinItem } from '../types'
import { withoutSignature } from './attribution'
import { kept } from './kept'

export function winsSection(context: ReviewContext): WinItem[] {
  const { text } = context
  return context.inPeriod
    .filter((e): e is StakeholderWin => e.kind === 'stakeholder-win')
    .map((e) => {
      // The line under the title introduces the stakeholder, even when the title names
      // them too ("… for the CFO"): a reader is told who someone is before "the …".
      const stakeholder = context.person(e.stakeholder)
      return kept(e, 'wins', {
        entryId: e.id,
        title: text(e.title),
        occurredOn: e.occurredOn,
        stakeholder,
        need: text(e.need),
        delivered: text(e.delivered),
        ...(e.metric ? { result: context.metric(e) } : {}),
        feedback: text(withoutSignature(e.feedback, e.stakeholder)),
        // Said last, after the quote: the short form once introduced.
        quotedBy: context.person(e.stakeholder),
      })
    })
}
