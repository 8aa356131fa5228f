// The entry editor, built for quick entry: the cursor starts in Title, the competencies
// choose themselves from the words until the user picks, and Ctrl/Cmd+S saves from any
// field, so a title alone is an entry. The guided questions wait behind "Details".
// Escape closes (the journal asks first when there are unsaved changes).
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import { ENTRY_KINDS, KIND_LABELS, type EntryKind, type Entry } from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import type { EntryForm } from '../../data/drafts'
import { KindIcon } from '../../components/KindIcon'
import { Field, TextField } from './fields'
import type { FieldName } from './entryForm'
import { CompetencyPicker } from './CompetencyPicker'
import { EntryDetails } from './EntryDetails'
import { PduFields } from './PduFields'
import { useEntryEditor } from './useEntryEditor'
import { useJournalUi } from './journalSlice'
import { DETAIL_FIELDS, detailsFilled } from './quickEntry'
import { isMac, isModKey } from './keys'
import './editor.css'

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

/** "Details" opens as the user last left it, and always for an entry that has some. */
function useDetailsOpen(initial: EntryForm) {
  const remembered = useJournalUi((s) => s.detailsOpen)
  const remember = useJournalUi((s) => s.setDetailsOpen)
  const [open, setOpen] = useState(() => remembered || detailsFilled(initial) > 0)
  const toggle = useCallback(
    (next: boolean) => {
      setOpen(next)
      remember(next)
    },
    [remember],
  )
  return [open, toggle, setOpen] as const
}

/** Puts the cursor at the end of Title as the editor appears, before any key can be lost. */
function useTitleFocus() {
  const titleRef = useRef<HTMLInputElement>(null)
  const focusTitle = useCallback(() => {
    const title = titleRef.current
    if (!title || document.activeElement === title) return
    title.focus()
    title.setSelectionRange(title.value.length, title.value.length)
  }, [])
  useLayoutEffect(focusTitle, [focusTitle])
  // Again after the passive effects: a confirmation dialog closing in the same commit
  // hands focus back to where it was, which would otherwise win.
  useEffect(focusTitle, [focusTitle])
  return titleRef
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
  const titleRef = useTitleFocus()
  const [detailsOpen, toggleDetails, openDetails] = useDetailsOpen(initial)
  const today = localIsoDate(new Date())

  const submit = useCallback(async () => {
    const problem: FieldName | null = await save()
    if (problem && DETAIL_FIELDS.has(problem)) openDetails(true)
    // Move focus to the first field with a message, so keyboard users land on it.
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      // A group (the competency picker) is not focusable itself: focus its first control.
      const target = invalid?.matches('fieldset')
        ? invalid.querySelector<HTMLElement>('input, button')
        : invalid
      target?.focus()
    })
  }, [save, openDetails])

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
        {/* Kind and Date share a line and keep their prompts short, so Title is in view
            on a small screen without scrolling. */}
        <div className="field-row kind-date">
          <Field label="Kind" hint={KIND_PROMPTS[form.kind]} className="grow kind-field">
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
          <Field label="Date" hint="Back-dating is fine." error={errors.occurredOn} required>
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
          // An empty title is flagged by Save, not by leaving it: a message appearing
          // on blur would move "Details" from under the pointer that is clicking it.
          onBlur={() => form.title && touch('title')}
          inputRef={titleRef}
          required
        />
        <CompetencyPicker
          value={editor.competencies}
          suggestions={editor.suggestions}
          auto={editor.auto}
          error={errors.competencies}
          onChange={editor.setCompetencies}
        />
        <TextField
          label="Notes"
          hint="Anything else worth remembering. Markdown works: **bold**, lists, > quotes."
          multiline
          rows={3}
          value={form.notes}
          onChange={(notes) => update({ notes })}
        />
        <EntryDetails
          form={form}
          errors={errors}
          update={update}
          touch={touch}
          open={detailsOpen}
          onToggle={toggleDetails}
        />
        <PduFields form={form} errors={errors} update={update} touch={touch} />
      </div>

      <footer className="editor-foot">
        {saveError && (
          <p className="error save-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="row">
          <button
            type="submit"
            className="primary"
            disabled={saving}
            aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
          >
            Save{' '}
            <kbd className="save-shortcut" aria-hidden="true">
              {isMac ? '⌘S' : 'Ctrl+S'}
            </kbd>
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <span className="hint" aria-live="polite">
            {dirty ? (draftSaved ? 'Draft kept on this computer' : 'Editing…') : ''}
          </span>
          <span className="hint shortcut-hint">Esc closes</span>
        </div>
      </footer>
    </form>
  )
}
