// "Goals for next quarter": the user's own list, one line each; add, edit, remove. Enter
// in a goal starts the next one, as in a list on paper.
import { useEffect, useRef } from 'react'
import { MAX_NARRATIVE_ITEM, MAX_NARRATIVE_ITEMS } from '../../../../shared/entry'

interface Props {
  goals: string[]
  onChange(goals: string[]): void
}

export function GoalsList({ goals, onChange }: Props) {
  const list = useRef<HTMLUListElement>(null)
  // The goal to focus once the list has changed: a new one, or the one before a removed one.
  const focusNext = useRef<number | 'add' | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const full = goals.length >= MAX_NARRATIVE_ITEMS

  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'add') addButton.current?.focus()
    else if (target !== null) list.current?.querySelectorAll('textarea')[target]?.focus()
  })

  const edit = (index: number, text: string) =>
    onChange(goals.map((goal, i) => (i === index ? text : goal)))
  const add = (at: number) => {
    if (full) return
    onChange([...goals.slice(0, at), '', ...goals.slice(at)])
    focusNext.current = at
  }
  const remove = (index: number) => {
    onChange(goals.filter((_, i) => i !== index))
    focusNext.current = goals.length > 1 ? Math.max(0, index - 1) : 'add'
  }

  return (
    <fieldset className="review-goals">
      <legend>Goals for next quarter</legend>
      {goals.length === 0 ? (
        <p className="hint">
          None yet. Without goals of your own, the review turns your biggest gaps into a plan.
        </p>
      ) : (
        <ul ref={list}>
          {goals.map((goal, index) => (
            <li key={index}>
              {/* One line each, growing while a long goal is typed; Enter starts the next. */}
              <textarea
                rows={1}
                value={goal}
                maxLength={MAX_NARRATIVE_ITEM}
                aria-label={`Goal ${index + 1}`}
                placeholder="Something you can check at the end of the quarter"
                onChange={(e) => edit(index, e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return
                  e.preventDefault()
                  add(index + 1)
                }}
              />
              <button
                type="button"
                className="review-goal-remove"
                aria-label={`Remove goal ${index + 1}`}
                title="Remove this goal"
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button ref={addButton} type="button" disabled={full} onClick={() => add(goals.length)}>
        Add a goal
      </button>
      {full && <p className="hint">Ten goals is the most a review holds.</p>}
    </fieldset>
  )
}
