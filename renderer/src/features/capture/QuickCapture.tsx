// Quick capture: the small window the global shortcut opens (or the #capture page in a
// browser). Kind, a title, a few words, saved as a journal entry dated today with the
// competencies its words suggest; the rest is completed later in the journal. Ctrl/Cmd+
// Enter or Ctrl/Cmd+S saves, Esc cancels. A failed save keeps everything typed.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import {
  COMPETENCY_BY_ID,
  ENTRY_KINDS,
  KIND_LABELS,
  type EntryKind,
} from '../../../../shared/entry'
import { localIsoDate } from '../../../../shared/time'
import { newId, saveEntry } from '../../data/entries'
import { platform } from '../../platform'
import {
  buildQuickEntry,
  checkQuickForm,
  quickCompetencies,
  type QuickErrors,
  type QuickForm,
} from './quickEntry'
import { useCaptureLocking } from './useCaptureLocking'
import './capture.css'

const EMPTY: QuickForm = { kind: 'leadership-moment', title: '', notes: '' }
export const CAPTURE_PAGE_TITLE = 'Quick capture – Leadlog'
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'

function isKind(value: string): value is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(value)
}

function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.startsWith('Not saved') ? message : `Not saved: ${message}`
}

/** Ctrl/Cmd+Enter or Ctrl/Cmd+S (nothing else held but the one modifier). */
function isSaveKey(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false
  return event.key === 'Enter' || event.key.toLowerCase() === 's'
}

function isCancelKey(event: KeyboardEvent): boolean {
  return (
    event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey
  )
}

export function QuickCapture() {
  useCaptureLocking()
  const id = useId()
  const [form, setForm] = useState<QuickForm>(EMPTY)
  const [errors, setErrors] = useState<QuickErrors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const busy = useRef(false)
  const titleRef = useRef<HTMLInputElement>(null)
  const notesRef = useRef<HTMLTextAreaElement>(null)
  const desktop = platform.capture

  useEffect(() => {
    document.title = CAPTURE_PAGE_TITLE
  }, [])

  const change = (patch: Partial<QuickForm>) => {
    setForm((current) => ({ ...current, ...patch }))
    setSaved(null)
    const fixed = Object.keys(patch).filter((key) => key !== 'kind')
    if (fixed.length) {
      setErrors((current) => {
        const next = { ...current }
        for (const key of fixed) delete next[key as keyof QuickErrors]
        return next
      })
    }
  }

  const save = async () => {
    if (busy.current) return
    const found = checkQuickForm(form)
    setErrors(found)
    if (found.title) return titleRef.current?.focus()
    if (found.notes) return notesRef.current?.focus()
    busy.current = true
    setSaving(true)
    setFailure(null)
    const title = form.title.trim()
    try {
      await saveEntry(buildQuickEntry(form, localIsoDate(new Date()), newId()))
    } catch (error) {
      // Everything typed stays in the form, to try again.
      setFailure(failureText(error))
      busy.current = false
      setSaving(false)
      return
    }
    if (desktop) {
      try {
        await desktop.close()
        return
      } catch {
        // The window stays: say it is saved, as in a browser.
      }
    }
    setForm((current) => ({ ...EMPTY, kind: current.kind }))
    setSaved(`Saved “${title}” to your journal. Add the details there when you have a moment.`)
    busy.current = false
    setSaving(false)
    titleRef.current?.focus()
  }

  const cancel = () => {
    if (busy.current) return
    if (desktop) {
      void desktop.close().catch(() => undefined)
      return
    }
    // A browser tab has no window to close: cancelling empties the form.
    setForm((current) => ({ ...EMPTY, kind: current.kind }))
    setErrors({})
    setFailure(null)
    titleRef.current?.focus()
  }

  // The keys work wherever focus is in the window, the text box included.
  const keys = useRef({ save, cancel })
  useEffect(() => {
    keys.current = { save, cancel }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isSaveKey(event)) {
        event.preventDefault()
        void keys.current.save()
      } else if (isCancelKey(event)) {
        event.preventDefault()
        keys.current.cancel()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save()
  }

  const competencies = quickCompetencies(form).map((c) => COMPETENCY_BY_ID[c].name)

  return (
    <main className="quick-capture">
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
        <h1 id={`${id}-heading`}>Quick capture</h1>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={form.kind}
            disabled={saving}
            onChange={(event) => isKind(event.target.value) && change({ kind: event.target.value })}
          >
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            // The window opens for typing: the title has the focus at once.
            autoFocus
            value={form.title}
            readOnly={saving}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            onChange={(event) => change({ title: event.target.value })}
          />
          {errors.title && (
            <span className="error" id={`${id}-title-error`}>
              {errors.title}
            </span>
          )}
        </div>
        <div className="field quick-capture-notes">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            ref={notesRef}
            value={form.notes}
            readOnly={saving}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={`${id}-notes-hint${errors.notes ? ` ${id}-notes-error` : ''}`}
            onChange={(event) => change({ notes: event.target.value })}
          />
          <span className="hint" id={`${id}-notes-hint`}>
            What happened, in your own words. Evidence of: {competencies.join(', ')}.
          </span>
          {errors.notes && (
            <span className="error" id={`${id}-notes-error`}>
              {errors.notes}
            </span>
          )}
        </div>
        {failure && (
          <p className="error" role="alert">
            {failure} What you typed is still here.
          </p>
        )}
        <p className="quick-capture-status" role="status">
          {saved}
        </p>
        <div className="row quick-capture-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={cancel} disabled={saving}>
            Cancel
          </button>
          <span className="hint">
            {MOD}Enter saves · Esc {desktop ? 'closes' : 'clears'}
          </span>
        </div>
      </form>
    </main>
  )
}
