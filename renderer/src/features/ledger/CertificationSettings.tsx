// "Your certifications": the PMI certifications the user holds, added, edited and
// removed here and kept in settings. With none yet, the form to add one is open.
import { useId, useState } from 'react'
import type { CertificationSetting, Settings } from '../../../../shared/entry'
import { updateSettings } from '../../data/settings'
import { describeWriteError } from '../../data/writeErrors'
import { ConfirmDialog } from '../../components/Dialog'
import { useLocale } from '../../app/localeSlice'
import { CertificationFields } from './CertificationFields'
import { emptyCertificationForm, formFromSetting } from './certificationForm'
import { day } from './format'

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null

export function CertificationSettings({ settings }: { settings: Settings }) {
  const id = useId()
  const locale = useLocale()
  const held = settings.certifications ?? []
  const [editing, setEditing] = useState<Editing>(held.length === 0 ? { mode: 'add' } : null)
  const [removing, setRemoving] = useState<CertificationSetting | null>(null)
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)

  const write = async (next: CertificationSetting[], done: string) => {
    try {
      await updateSettings({ certifications: next })
      setStatus({ error: false, text: done })
      setEditing(null)
    } catch (error) {
      setStatus({ error: true, text: describeWriteError(error) })
    }
  }

  const save = (setting: CertificationSetting) => {
    const exists = held.some((h) => h.id === setting.id)
    const next = exists ? held.map((h) => (h.id === setting.id ? setting : h)) : [...held, setting]
    return write(
      next,
      exists ? `Saved the ${setting.certification}.` : `Added the ${setting.certification}.`,
    )
  }

  return (
    <section
      className="card settings-section certification-settings"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>Your certifications</h2>
      {held.length > 0 && (
        <ul className="certification-list">
          {held.map((h) =>
            editing?.mode === 'edit' && editing.id === h.id ? (
              <li key={h.id}>
                <CertificationFields
                  initial={formFromSetting(h)}
                  others={held.filter((o) => o.id !== h.id)}
                  onSave={save}
                  onCancel={() => setEditing(null)}
                  submitLabel={`Save the ${h.certification}`}
                />
              </li>
            ) : (
              <li key={h.id} className="certification-row">
                <span>
                  <strong>{h.certification}</strong>, cycle from {day(h.cycleStart, locale)}
                </span>
                <button type="button" onClick={() => setEditing({ mode: 'edit', id: h.id })}>
                  Edit {h.certification}
                </button>
                <button type="button" className="danger" onClick={() => setRemoving(h)}>
                  Remove {h.certification}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {editing?.mode === 'add' ? (
        <CertificationFields
          initial={emptyCertificationForm(held.map((h) => h.certification))}
          others={held}
          onSave={save}
          onCancel={held.length > 0 ? () => setEditing(null) : undefined}
          submitLabel="Add certification"
        />
      ) : (
        <button type="button" onClick={() => setEditing({ mode: 'add' })}>
          Add a certification
        </button>
      )}
      {status && (
        <p className={status.error ? 'error' : 'hint'} role="status">
          {status.text}
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove the ${removing.certification}?`}
          confirmLabel="Remove"
          danger
          onConfirm={() => {
            const gone = removing
            setRemoving(null)
            void write(
              held.filter((h) => h.id !== gone.id),
              `Removed the ${gone.certification}. Your entries and their PDU claims are kept.`,
            )
          }}
          onCancel={() => setRemoving(null)}
        >
          The ledger stops tracking it. Your journal entries and their PDU claims stay as they are.
        </ConfirmDialog>
      )}
    </section>
  )
}
