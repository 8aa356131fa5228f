// "What I need": the user's own asks for the period, as they wrote them.
import type { ReviewContext } from '../context'
import type { Review } from '../types'

export function asksSection(context: ReviewContext): Partial<Review> {
  const asks = context.narrative.asks
  return asks ? { narrative: { asks: context.text(asks) } } : {}
}
