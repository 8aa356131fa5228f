// The full log's wording: every entry with its fields, result, tags and notes.
import type { Block } from '../../document'
import { formatDay } from './day'
import type { Review } from '../types'
import { bullets, field, heading, muted, NOTHING, ownText, para, strong } from './parts'

export function logBlocks(review: Review): Block[] {
  const log = review.log ?? []
  if (log.length === 0) return [NOTHING]
  return log.flatMap((item): Block[] => [
    heading(`${formatDay(item.occurredOn)}: ${item.title}`),
    muted(
      [item.kindLabel, item.competencies.join(', '), item.people.join('; ')]
        .filter(Boolean)
        .join(' · '),
    ),
    bullets([
      ...item.details.flatMap((d) => field(d.label, d.text)),
      ...field('Measurable result', item.result),
      ...field('Tags', item.tags.join(', ')),
    ]),
    // The note's own Markdown (tables, lists, emphasis) under a label.
    ...(item.notes.trim() ? [para(strong('Notes:')), ...ownText(item.notes)] : []),
  ])
}
