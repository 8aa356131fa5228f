// The form for one certification: which one, when its cycle started, and the rule
// figures the handbook table leaves open (or the user knows have changed).
import { useId, useState } from 'react'
import {
  CERTIFICATIONS,
  type Certification,
  type CertificationSetting,
} from '../../../../shared/entry'
import { PDU_RULES, RULE_SETTING_LABELS, RULE_SETTINGS } from '../../../../shared/pdu'
import { localIsoDate } from '../../../../shared/time'
import {
  formToSetting,
  type CertificationErrors,
  type CertificationForm,
} from './certificationForm'

interface Props {
  initial: CertificationForm
  /** The other certifications held, each tracked once. */
  others: readonly CertificationSetting[]
  onSave(setting: CertificationSetting): Promise<void>
  onCancel?: () => void
  submitLabel: string
}

export function CertificationFields({ initial, others, onSave, onCancel, submitLabel }: Props) {
  const id = useId()
  const [form, setForm] = useState(initial)
  const [errors, setErrors] = useState<CertificationErrors>({})
  const [saving, setSaving] = useState(false)
  const today = localIsoDate(new Date())
  const table = PDU_RULES[form.certification]

  const submit = async () => {
    const result = formToSetting(form, others, today, () => crypto.randomUUID())
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      await onSave(result.setting)
    } finally {
      setSaving(false)
    }
  }

  const error = (name: keyof CertificationErrors) =>
    errors[name] ? (
      <span id={`${id}-${name}-error`} className="error">
        {errors[name]}
      </span>
    ) : null
  const describedBy = (name: keyof CertificationErrors, hint = true) =>
    [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined

  return (
    <form
      className="certification-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-certification`}>Certification</label>
          <select
            id={`${id}-certification`}
            value={form.certification}
            aria-invalid={errors.certification ? true : undefined}
            aria-describedby={describedBy('certification', false)}
            onChange={(e) => setForm({ ...form, certification: e.target.value as Certification })}
          >
            {CERTIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {error('certification')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-cycleStart`}>Current cycle started on</label>
          <input
            id={`${id}-cycleStart`}
            type="date"
            max={today}
            value={form.cycleStart}
            aria-invalid={errors.cycleStart ? true : undefined}
            aria-describedby={describedBy('cycleStart')}
            onChange={(e) => setForm({ ...form, cycleStart: e.target.value })}
          />
          <span id={`${id}-cycleStart-hint`} className="hint">
            As your PMI dashboard shows it: the day you passed, or your last renewal.
          </span>
          {error('cycleStart')}
        </div>
      </div>
      <fieldset className="rule-figures">
        <legend>Rule figures (leave blank to use PMI's handbook figure)</legend>
        {RULE_SETTINGS.map((name) => {
          const known = table[name]
          return (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>{RULE_SETTING_LABELS[name]}</label>
              <input
                id={`${id}-${name}`}
                inputMode="decimal"
                value={form.figures[name]}
                placeholder={known === null ? 'not set' : String(known)}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={describedBy(name)}
                onChange={(e) =>
                  setForm({ ...form, figures: { ...form.figures, [name]: e.target.value } })
                }
              />
              <span id={`${id}-${name}-hint`} className="hint">
                {known === null
                  ? `Not confirmed for the ${form.certification}: not applied until you set it.`
                  : `Handbook figure for the ${form.certification}: ${known}.`}
              </span>
              {error(name)}
            </div>
          )
        })}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
