// The guided editor for one entry. Ctrl/Cmd+S saves, Escape closes (the journal asks
// first when there are unsaved changes).
import { useCallback, useEffect, useId, useMemo, useRef } from 'react'
import { ENTRY_KINDS, KIND_LABELS, type EntryKind, type Entry } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { suggestCompetencies } from '../../../../shared/entry'
import type { EntryForm } from '../../data/drafts'
import { KindIcon } from '../../components/KindIcon'
import { Field, TextField } from './fields'
import { formText } from './entryForm'
import { ConversationFields, LeadershipFields, WinFields } from './KindFields'
import { CompetencyPicker } from './CompetencyPicker'
import { PeopleField } from './PeopleField'
import { MetricField } from './MetricField'
import { useEntryEditor } from './useEntryEditor'
import { isMac, isModKey } from './keys'
import './editor.css'

const KIND_FIELDS = {
  'leadership-moment': LeadershipFields,
  'difficult-conversation': ConversationFields,
  'stakeholder-win': WinFields,
} as const

const KIND_PROMPTS: Record<EntryKind, string> = {
  'leadership-moment': 'A moment you led: set direction, developed someone, or fixed a root cause.',
  'difficult-conversation': 'A hard conversation you had or prepared for, and how it went.',
  'stakeholder-win': 'Something you delivered that a stakeholder valued, ideally in their words.',
}

export interface EntryEditorProps {
  initial: EntryForm
  restored: boolean
  onDirtyChange(dirty: boolean): void
  onSaved(entry: Entry): void
  onClose(): void
  onDiscardDraft(): void
  stillOpen(): boolean
}

export function EntryEditor({
  initial,
  restored,
  onClose,
  onDiscardDraft,
  ...options
}: EntryEditorProps) {
  const editor = useEntryEditor({ initial, restored, ...options })
  const { form, update, touch, errors, save, saving, saveError, dirty, draftSaved } = editor
  const titleId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const today = localIsoDate(new Date())
  const text = formText(form)
  const suggestions = useMemo(() => suggestCompetencies(form.kind, text), [form.kind, text])
  const Fields = KIND_FIELDS[form.kind]

  const submit = useCallback(async () => {
    await save()
    // Move focus to the first field with a message, so keyboard users land on it.
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      // A group (the competency picker) is not focusable itself: focus its first box.
      const target = invalid?.matches('fieldset') ? invalid.querySelector('input') : invalid
      target?.focus()
    })
  }, [save])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('[aria-modal="true"]')) return
      if (isModKey(event) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void submit()
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault()
        onClose()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [submit, onClose])

  return (
    <form
      ref={formRef}
      className="editor"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <header className="editor-head">
        <KindIcon kind={form.kind} />
        <h2 id={titleId}>{form.id ? 'Edit entry' : 'New entry'}</h2>
        <button type="button" className="icon-button" aria-label="Close editor" onClick={onClose}>
          ×
        </button>
      </header>
      {restored && (
        <p className="restored-note" role="status">
          Restored your unsaved draft.{' '}
          <button type="button" className="link" onClick={onDiscardDraft}>
            Discard draft
          </button>
        </p>
      )}

      <div className="editor-body">
        <div className="field-row">
          <Field label="Kind" hint={KIND_PROMPTS[form.kind]} className="grow">
            {(props) => (
              <select
                {...props}
                value={form.kind}
                onChange={(e) => update({ kind: e.target.value as EntryKind })}
              >
                {ENTRY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Date"
            hint="When it happened; back-dating is fine."
            error={errors.occurredOn}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                max={today}
                value={form.occurredOn}
                onChange={(e) => update({ occurredOn: e.target.value })}
                onBlur={() => touch('occurredOn')}
              />
            )}
          </Field>
        </div>
        <TextField
          label="Title"
          hint="A headline you would say out loud: what happened, in under ten words."
          error={errors.title}
          value={form.title}
          onChange={(title) => update({ title })}
          onBlur={() => touch('title')}
        />

        <Fields form={form} errors={errors} update={update} touch={touch} />

        <TextField
          label="Notes"
          hint="Anything else worth remembering. Markdown works: **bold**, lists, > quotes."
          multiline
          rows={4}
          value={form.notes}
          onChange={(notes) => update({ notes })}
        />
        <CompetencyPicker
          value={form.competencies}
          suggestions={suggestions}
          error={errors.competencies}
          onChange={(competencies) => update({ competencies })}
        />
        <PeopleField value={form.people} onChange={(people) => update({ people })} />
        <MetricField form={form} errors={errors} update={update} touch={touch} />
        <TextField
          label="Tags"
          hint="Comma-separated, e.g. migration, Q3 planning."
          value={form.tags}
          onChange={(tags) => update({ tags })}
        />
      </div>

      <footer className="editor-foot">
        {saveError && (
          <p className="error save-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            Save
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <span className="hint" aria-live="polite">
            {dirty ? (draftSaved ? 'Draft kept on this computer' : 'Editing…') : ''}
          </span>
          <span className="hint shortcut-hint">{isMac ? '⌘S' : 'Ctrl+S'} save · Esc close</span>
        </div>
      </footer>
    </form>
  )
}
