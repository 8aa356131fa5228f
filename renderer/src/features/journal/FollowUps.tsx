// Difficult conversations whose follow-up day has come, at the top of the journal
// until the user marks them done.
import { useState } from 'react'
import type { DifficultConversation } from '../../../../shared/entry'
import { formatDay } from '../../../../shared/format'
import { useLocale } from '../../app/localeSlice'
import { markFollowUpDone } from '../../data/entries'
import { describeWriteError } from '../../data/writeErrors'

interface Props {
  items: DifficultConversation[]
  today: string
  onOpen(id: string): void
  onNotify(message: string): void
}

/** How many are listed before "Show all": a long list must not push the timeline away. */
const FIRST_FEW = 3

export function FollowUps({ items, today, onOpen, onNotify }: Props) {
  const [showAll, setShowAll] = useState(false)
  const locale = useLocale()
  if (!items.length) return null
  const listed = showAll ? items : items.slice(0, FIRST_FEW)
  return (
    // One due follow-up takes one line: the heading, the entry and its button side by side.
    <section
      className={`follow-ups${items.length === 1 ? ' follow-ups-one' : ''}`}
      aria-labelledby="follow-ups-title"
    >
      <h2 id="follow-ups-title">
        {items.length === 1 ? 'A follow-up is due' : `${items.length} follow-ups are due`}
      </h2>
      <ul id="follow-ups-list" className={showAll ? 'follow-ups-all' : undefined}>
        {listed.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="link"
              title={entry.title}
              onClick={() => onOpen(entry.id)}
            >
              {entry.title}
            </button>
            <span className="hint">
              {' '}
              with {entry.counterpart.name || entry.counterpart.role || 'your counterpart'} ·{' '}
              {entry.followUpOn === today
                ? 'today'
                : `since ${formatDay(entry.followUpOn ?? today, locale)}`}
            </span>
            <button
              type="button"
              aria-label={`Mark done: ${entry.title}`}
              onClick={() =>
                void markFollowUpDone(entry.id).then(
                  () => onNotify('Follow-up marked done'),
                  (error: unknown) => onNotify(describeWriteError(error)),
                )
              }
            >
              Mark done
            </button>
          </li>
        ))}
      </ul>
      {items.length > FIRST_FEW && (
        <button
          type="button"
          className="link follow-ups-toggle"
          aria-expanded={showAll}
          aria-controls="follow-ups-list"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  )
}
