// The optional PDU claim for learning an entry records: hours (quarter steps), the
// Talent Triangle area or Giving Back category, provider, activity, and whether it has
// been reported to PMI. Folded away until used, so quick entry stays quick.
import { useState } from 'react'
import {
  PDU_AREAS,
  PDU_CATEGORIES,
  PDU_CATEGORY_LABELS,
  isEducation,
  type PduCategory,
} from '../../../../shared/entry'
import { Field } from './fields'
import { BLANK_PDU, type EditorForm, type FieldErrors, type PduRow } from './entryForm'
import './pduFields.css'

interface Props {
  form: EditorForm
  errors: FieldErrors
  update(patch: Partial<EditorForm>): void
  touch(field: keyof FieldErrors): void
}

const GIVING_BACK = PDU_CATEGORIES.filter((c) => !isEducation(c))

export function PduFields({ form, errors, update, touch }: Props) {
  const row = form.pdu ?? BLANK_PDU
  const claimed = Boolean(
    row.hours.trim() || row.category || row.provider.trim() || row.activity.trim(),
  )
  const [open, setOpen] = useState(claimed || Boolean(errors.pduHours || errors.pduCategory))
  const set = (patch: Partial<PduRow>) => update({ pdu: { ...row, ...patch } })
  const shown = open || Boolean(errors.pduHours || errors.pduCategory)

  return (
    <details
      className="pdu-fields"
      open={shown}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        PDUs for a PMI certification{' '}
        <span className="hint">
          {row.hours.trim() ? `${row.hours.trim()} claimed` : '(optional)'}
        </span>
      </summary>
      {/* Mounted only while open: a folded claim adds no controls to tab through. */}
      {shown && (
        <>
          <p className="hint">
            For a course, webinar, book, talk or volunteering that earns PDUs. One PDU is one hour,
            claimed in quarter hours.
          </p>
          <div className="metric-row">
            <Field label="PDUs (hours)" error={errors.pduHours}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  inputMode="decimal"
                  value={row.hours}
                  placeholder="1.5"
                  onChange={(e) => set({ hours: e.target.value })}
                  onBlur={() => touch('pduHours')}
                />
              )}
            </Field>
            <Field label="Category" error={errors.pduCategory} className="grow">
              {(props) => (
                <select
                  {...props}
                  value={row.category}
                  onChange={(e) => set({ category: e.target.value as PduCategory | '' })}
                  onBlur={() => touch('pduCategory')}
                >
                  <option value="">Choose…</option>
                  <optgroup label="Education (Talent Triangle)">
                    {PDU_AREAS.map((c) => (
                      <option key={c} value={c}>
                        {PDU_CATEGORY_LABELS[c]}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Giving Back">
                    {GIVING_BACK.map((c) => (
                      <option key={c} value={c}>
                        {PDU_CATEGORY_LABELS[c]}
                      </option>
                    ))}
                  </optgroup>
                </select>
              )}
            </Field>
          </div>
          <div className="metric-row">
            <Field label="Provider" className="grow">
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={row.provider}
                  placeholder="PMI, a chapter, a university, your employer"
                  onChange={(e) => set({ provider: e.target.value })}
                />
              )}
            </Field>
            <Field label="Activity" className="grow">
              {(props) => (
                <input
                  {...props}
                  type="text"
                  value={row.activity}
                  placeholder="The course or activity title, as PMI should see it"
                  onChange={(e) => set({ activity: e.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="row">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={row.reported}
                onChange={(e) => set({ reported: e.target.checked })}
              />{' '}
              Reported to PMI
            </label>
            {claimed && (
              <button type="button" className="link" onClick={() => update({ pdu: undefined })}>
                Remove the PDU claim
              </button>
            )}
          </div>
        </>
      )}
    </details>
  )
}
