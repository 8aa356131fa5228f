// Growth and learning: entries tagged with the growth competency, and the reflections
// written on leadership moments when the leadership moments section does not already
// print them.
import type { Entry, LeadershipMoment } from '../../entry'
import type { ReviewContext } from '../context'
import type { GrowthItem, ReflectionItem } from '../types'

export function growthSection(context: ReviewContext): {
  entries: GrowthItem[]
  reflections: ReflectionItem[]
} {
  const { inPeriod, text } = context
  return {
    entries: inPeriod
      .filter((e) => e.competencies.includes('growth'))
      .map((e) => ({
        entryId: e.id,
        kind: e.kind,
        title: text(e.title),
        occurredOn: e.occurredOn,
        detail: text(growthDetail(e)),
        ...(e.metric ? { result: context.metric(e) } : {}),
      })),
    reflections: (context.sections.includes('moments') ? [] : inPeriod)
      .filter((e): e is LeadershipMoment => e.kind === 'leadership-moment' && !!e.reflection.trim())
      .map((e) => ({
        entryId: e.id,
        title: text(e.title),
        occurredOn: e.occurredOn,
        text: text(e.reflection),
      })),
  }
}

/** What a growth entry shows: the most telling line for its kind. */
function growthDetail(entry: Entry): string {
  if (entry.kind === 'leadership-moment') return entry.result || entry.action
  if (entry.kind === 'difficult-conversation') return entry.lesson || entry.topic
  return entry.delivered
}
