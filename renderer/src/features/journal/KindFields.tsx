// The guided part of the form: the questions that make each kind of entry useful
// later, each with a short prompt for a busy person.
import type { EntryForm } from '../../data/drafts'
import { OUTCOMES, type Outcome } from '../../../../shared/entry'
import { Field, TextField } from './fields'
import { PersonInputs } from './PersonInputs'
import type { FieldErrors } from './entryForm'

export interface KindFieldsProps {
  form: EntryForm
  errors: FieldErrors
  update(patch: Partial<EntryForm>): void
  touch(field: keyof FieldErrors): void
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  resolved: 'Resolved',
  'in-progress': 'In progress',
  unresolved: 'Unresolved',
}

export function LeadershipFields({ form, update }: KindFieldsProps) {
  return (
    <>
      <TextField
        label="Situation"
        hint="The context in a sentence or two: what was going on, and what was at stake?"
        multiline
        value={form.situation}
        onChange={(situation) => update({ situation })}
      />
      <TextField
        label="Task"
        hint="What was yours to own? Name the goal, not the activity."
        multiline
        rows={2}
        value={form.task}
        onChange={(task) => update({ task })}
      />
      <TextField
        label="Action"
        hint="What did you do, personally? Start with a verb: decided, proposed, coached, fixed."
        multiline
        value={form.action}
        onChange={(action) => update({ action })}
      />
      <TextField
        label="Result"
        hint="What changed because of it? A number beats an adjective."
        multiline
        value={form.result}
        onChange={(result) => update({ result })}
      />
      <TextField
        label="Reflection"
        hint="What would you repeat, and what would you change next time?"
        multiline
        rows={2}
        value={form.reflection}
        onChange={(reflection) => update({ reflection })}
      />
      <fieldset className="fieldset">
        <legend>Did you act as a leader or as a manager?</legend>
        <p className="hint">
          Leader: set direction, developed someone, fixed a root cause. Manager: coordinated,
          tracked, reported. Both are fine; the ratio over time tells a story.
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
    </>
  )
}

export function ConversationFields({ form, errors, update, touch }: KindFieldsProps) {
  return (
    <>
      <fieldset className="fieldset">
        <legend>Counterpart</legend>
        <p className="hint">Who was it with? A role is enough if you prefer not to name them.</p>
        <PersonInputs
          who="Counterpart"
          value={form.counterpart}
          onChange={(counterpart) => update({ counterpart })}
        />
      </fieldset>
      <TextField
        label="Topic"
        hint="What was the conversation about, in a few words?"
        value={form.topic}
        onChange={(topic) => update({ topic })}
      />
      <TextField
        label="Preparation"
        hint="How did you prepare? Facts gathered, the outcome you wanted, what you expected to hear."
        multiline
        rows={2}
        value={form.preparation}
        onChange={(preparation) => update({ preparation })}
      />
      <TextField
        label="What I said"
        hint="Try SBI: the Situation, the specific Behaviour you saw, and its Impact. Then what you asked for."
        multiline
        value={form.whatISaid}
        onChange={(whatISaid) => update({ whatISaid })}
      />
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
      <TextField
        label="Lesson"
        hint="What would you do differently next time?"
        multiline
        rows={2}
        value={form.lesson}
        onChange={(lesson) => update({ lesson })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={form.resumeWorthy}
          onChange={(e) => update({ resumeWorthy: e.target.checked })}
        />
        <span>Resume-worthy: offer this conversation as a bullet</span>
      </label>
    </>
  )
}

export function WinFields({ form, update }: KindFieldsProps) {
  return (
    <>
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
      <TextField
        label="What they needed"
        hint="The problem or goal in their words, not yours."
        multiline
        rows={2}
        value={form.need}
        onChange={(need) => update({ need })}
      />
      <TextField
        label="What I delivered"
        hint="What you did and what they got. Be concrete about scale and timing."
        multiline
        value={form.delivered}
        onChange={(delivered) => update({ delivered })}
      />
      <TextField
        label="Their feedback"
        hint="Paste their words if you can: a direct quote is gold in a review."
        multiline
        rows={2}
        value={form.feedback}
        onChange={(feedback) => update({ feedback })}
      />
    </>
  )
}
