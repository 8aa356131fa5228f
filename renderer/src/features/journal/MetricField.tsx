// The optional measurable result: a number, its unit and what it measures.
import type { EntryForm } from '../../data/drafts'
import { Field } from './fields'
import type { FieldErrors } from './entryForm'

interface Props {
  form: EntryForm
  errors: FieldErrors
  update(patch: Partial<EntryForm>): void
  touch(field: keyof FieldErrors): void
}

export function MetricField({ form, errors, update, touch }: Props) {
  return (
    <fieldset className="fieldset">
      <legend>Measurable result (optional)</legend>
      <p className="hint">
        One number your manager can repeat, e.g. 18 % faster month-end close, or 120 k EUR saved.
      </p>
      <div className="metric-row">
        <Field label="Value" error={errors.metricValue}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              value={form.metricValue}
              placeholder="18"
              onChange={(e) => update({ metricValue: e.target.value })}
              onBlur={() => touch('metricValue')}
            />
          )}
        </Field>
        <Field label="Unit">
          {(props) => (
            <input
              {...props}
              type="text"
              value={form.metricUnit}
              placeholder="%"
              onChange={(e) => update({ metricUnit: e.target.value })}
            />
          )}
        </Field>
        <Field label="What it measures" error={errors.metricMeasure} className="grow">
          {(props) => (
            <input
              {...props}
              type="text"
              value={form.metricMeasure}
              placeholder="faster month-end close"
              onChange={(e) => update({ metricMeasure: e.target.value })}
              onBlur={() => touch('metricMeasure')}
            />
          )}
        </Field>
      </div>
    </fieldset>
  )
}
