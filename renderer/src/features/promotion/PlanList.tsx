// "Your plan": the user's own steps, one line each; add, edit, remove. Enter in a step
// starts the next one, as in a list on paper.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { MAX_NARRATIVE_ITEM, MAX_NARRATIVE_ITEMS } from '../../../../shared/entry'

interface Props {
  steps: string[]
  onChange(steps: string[]): void
}

export function PlanList({ steps, onChange }: Props) {
  const list = useRef<HTMLOListElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  // Where focus goes once the list has changed: a new step, or the one before a removed one.
  const focusNext = useRef<number | 'add' | null>(null)
  const full = steps.length >= MAX_NARRATIVE_ITEMS

  useEffect(() => {
    const target = focusNext.current
    focusNext.current = null
    if (target === 'add') addButton.current?.focus()
    else if (target !== null) list.current?.querySelectorAll('input')[target]?.focus()
  })

  const edit = (index: number, text: string) =>
    onChange(steps.map((step, i) => (i === index ? text : step)))
  const add = (at: number) => {
    if (full) return
    onChange([...steps.slice(0, at), '', ...steps.slice(at)])
    focusNext.current = at
  }
  const remove = (index: number) => {
    onChange(steps.filter((_, i) => i !== index))
    focusNext.current = steps.length > 1 ? Math.max(0, index - 1) : 'add'
  }
  const onKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    add(index + 1)
  }

  return (
    <fieldset className="promotion-plan">
      <legend>Your plan</legend>
      {steps.length === 0 ? (
        <p className="hint">
          None yet. Without a plan of your own, the case turns your biggest gaps into one.
        </p>
      ) : (
        <ol ref={list}>
          {steps.map((step, index) => (
            <li key={index}>
              <input
                type="text"
                value={step}
                maxLength={MAX_NARRATIVE_ITEM}
                aria-label={`Plan step ${index + 1}`}
                placeholder="I will…"
                onChange={(e) => edit(index, e.target.value)}
                onKeyDown={onKey(index)}
              />
              <button
                type="button"
                className="promotion-plan-remove"
                aria-label={`Remove plan step ${index + 1}`}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" disabled={full} onClick={() => add(steps.length)}>
        Add a step
      </button>
      {full && <p className="hint">{MAX_NARRATIVE_ITEMS} steps is the most a plan holds.</p>}
    </fieldset>
  )
}
