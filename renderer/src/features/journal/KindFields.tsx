// The guided part of the form: the questions that make each kind of entry useful
// later, each with a short prompt for a busy person. The text questions come from the
// field table (shared/entry/fields.ts); the few other controls are placed among them.
import { Fragment, type ComponentType } from 'react'
import type { EntryForm } from '../../data/drafts'
import {
  OUTCOMES,
  textFieldsFor,
  type AnyTextFieldName,
  type EntryKind,
  type Outcome,
  type TextFieldName,
  type TextFieldSpec,
} from '../../../../shared/entry'
import { Field, TextField } from './fields'
import { PersonInputs } from './PersonInputs'
import type { FieldErrors } from './entryForm'

export interface KindFieldsProps {
  form: EntryForm
  errors: FieldErrors
  update(patch: Partial<EntryForm>): void
  touch(field: keyof FieldErrors): void
}

type Control = ComponentType<KindFieldsProps>

/**
 * Where a kind's non-text controls sit among its text fields: before the first, right
 * after a named one, or after the last. A new text field lands in table order without
 * moving them.
 */
interface Placement<K extends EntryKind> {
  first?: Control
  after?: Partial<Record<TextFieldName<K>, Control>>
  last?: Control
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  'in-progress': 'In progress',
  unresolved: 'Unresolved',
}

function ModeChoice({ form, update }: KindFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Did you act as a leader or as a manager?</legend>
      <p className="hint">
        Leader: set direction, developed someone, fixed a root cause. Manager: coordinated, tracked,
        reported. Both are fine; the ratio over time tells a story.
      </p>
      <div className="row">
        {(['leader', 'manager'] as const).map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={form.mode === mode}
              onChange={() => update({ mode })}
            />
            <span>{mode === 'leader' ? 'As a leader' : 'As a manager'}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function CounterpartInputs({ form, update }: KindFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Counterpart</legend>
      <p className="hint">Who was it with? A role is enough if you prefer not to name them.</p>
      <PersonInputs
        who="Counterpart"
        value={form.counterpart}
        onChange={(counterpart) => update({ counterpart })}
      />
    </fieldset>
  )
}

function OutcomeAndFollowUp({ form, errors, update, touch }: KindFieldsProps) {
  return (
    <div className="field-row">
      <Field label="Outcome" hint="Where does it stand now?">
        {(props) => (
          <select
            {...props}
            value={form.outcome}
            onChange={(e) => update({ outcome: e.target.value as Outcome })}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Follow up on"
        hint="When to check in again. Leadlog reminds you on the day."
        error={errors.followUpOn}
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={form.followUpOn}
            onChange={(e) => update({ followUpOn: e.target.value })}
            onBlur={() => touch('followUpOn')}
          />
        )}
      </Field>
    </div>
  )
}

function ResumeWorthy({ form, update }: KindFieldsProps) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={form.resumeWorthy}
        onChange={(e) => update({ resumeWorthy: e.target.checked })}
      />
      <span>Resume-worthy: offer this conversation as a bullet</span>
    </label>
  )
}

function StakeholderInputs({ form, update }: KindFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend>Stakeholder</legend>
      <p className="hint">
        Who was it for? Their level matters: a win for an executive counts for more.
      </p>
      <PersonInputs
        who="Stakeholder"
        value={form.stakeholder}
        onChange={(stakeholder) => update({ stakeholder })}
      />
    </fieldset>
  )
}

const PLACEMENT: { [K in EntryKind]: Placement<K> } = {
  'leadership-moment': { last: ModeChoice },
  'difficult-conversation': {
    first: CounterpartInputs,
    after: { whatISaid: OutcomeAndFollowUp },
    last: ResumeWorthy,
  },
  'stakeholder-win': { first: StakeholderInputs },
}

function GuidedText({ field, form, update }: KindFieldsProps & { field: TextFieldSpec }) {
  const name = field.name as AnyTextFieldName
  return (
    <TextField
      label={field.label}
      hint={field.prompt}
      multiline={field.rows > 1}
      rows={field.rows}
      value={form[name]}
      onChange={(text) => update({ [name]: text })}
    />
  )
}

/** One kind's guided fields: its text questions in table order, its other controls placed. */
export function KindFields({ kind, ...props }: KindFieldsProps & { kind: EntryKind }) {
  const { first: First, after = {}, last: Last } = PLACEMENT[kind] as Placement<EntryKind>
  return (
    <>
      {First && <First {...props} />}
      {textFieldsFor(kind).map((field) => {
        const After = after[field.name as AnyTextFieldName]
        return (
          <Fragment key={field.name}>
            <GuidedText field={field} {...props} />
            {After && <After {...props} />}
          </Fragment>
        )
      })}
      {Last && <Last {...props} />}
    </>
  )
}

// One component per kind, so switching kind in the editor starts its fields afresh.
export const LeadershipFields = (props: KindFieldsProps) => (
  <KindFields kind="leadership-moment" {...props} />
)
export const ConversationFields = (props: KindFieldsProps) => (
  <KindFields kind="difficult-conversation" {...props} />
)
export const WinFields = (props: KindFieldsProps) => (
  <KindFields kind="stakeholder-win" {...props} />
)
