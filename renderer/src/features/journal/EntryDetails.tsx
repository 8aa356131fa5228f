// "Details": the kind's guided questions (situation, task, action, result; the
// conversation's and the win's own), the people, a number and tags. One click away, so a
// title alone is a complete entry, and never hiding what was typed: closed, it says how
// many details hold something.
import { useId, useRef } from 'react'
import { textFieldsFor, type EntryKind } from '../../../../shared/entry'
import type { EntryForm } from '../../data/drafts'
import type { FieldErrors } from './entryForm'
import { ConversationFields, LeadershipFields, WinFields } from './KindFields'
import { MetricField } from './MetricField'
import { PeopleField } from './PeopleField'
import { TextField } from './fields'
import { detailsFilled } from './quickEntry'

const KIND_FIELDS = {
  'leadership-moment': LeadershipFields,
  'difficult-conversation': ConversationFields,
  'stakeholder-win': WinFields,
} as const

const KIND_EXTRAS: Record<EntryKind, string[]> = {
  'leadership-moment': ['leader or manager'],
  'difficult-conversation': ['counterpart', 'outcome', 'follow-up'],
  'stakeholder-win': ['stakeholder'],
}

/** What is inside, in the words of the field table: "Situation, task, action…". */
function contentsOf(kind: EntryKind): string {
  const own = [...textFieldsFor(kind).map((f) => f.label.toLowerCase()), ...KIND_EXTRAS[kind]]
  const text = `${own.join(', ')}; people, a number, tags`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

interface Props {
  form: EntryForm
  errors: FieldErrors
  update(patch: Partial<EntryForm>): void
  touch(field: keyof FieldErrors): void
  open: boolean
  onToggle(open: boolean): void
}

export function EntryDetails({ open, onToggle, ...props }: Props) {
  const uid = useId()
  const { form, update } = props
  const Fields = KIND_FIELDS[form.kind]
  const filled = detailsFilled(form)
  const sectionRef = useRef<HTMLDivElement>(null)
  const toggle = () => {
    onToggle(!open)
    // Opened at the foot of the pane, the questions would appear out of sight.
    if (!open)
      requestAnimationFrame(() => sectionRef.current?.scrollIntoView?.({ block: 'nearest' }))
  }
  return (
    <div className="details" ref={sectionRef}>
      <div className="details-head">
        <button
          type="button"
          className="details-toggle"
          aria-expanded={open}
          aria-controls={open ? `${uid}-body` : undefined}
          aria-describedby={`${uid}-summary`}
          onClick={toggle}
        >
          <span className="details-caret" aria-hidden="true" />
          Details
        </button>
        <span id={`${uid}-summary`} className="hint details-summary">
          {!open && filled > 0 ? `${filled} filled · ` : ''}
          {contentsOf(form.kind)}
        </span>
      </div>
      {/* The values live in the form, so closing loses nothing. */}
      {open && (
        <div id={`${uid}-body`} className="details-body">
          <Fields {...props} />
          <PeopleField value={form.people} onChange={(people) => update({ people })} />
          <MetricField {...props} />
          <TextField
            label="Tags"
            hint="Comma-separated, e.g. migration, Q3 planning."
            value={form.tags}
            onChange={(tags) => update({ tags })}
          />
        </div>
      )}
    </div>
  )
}
