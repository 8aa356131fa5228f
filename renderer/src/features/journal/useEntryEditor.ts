// The editor's state: the form, which errors to show, autosave to a draft and saving.
// The draft is written 300 ms after typing stops, and at once when the page is hidden
// or closed, so a crash or a reload loses at most a fraction of a second of typing.
// A new entry files itself under the suggested competencies until the user picks: the
// form (and so the draft) keeps them empty meanwhile, and checks and saving see them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { localIsoDate } from '../../../../shared/time'
import type { Entry } from '../../../../shared/entry'
import { clearDraft, writeDraft, type EntryForm } from '../../data/drafts'
import { newId, saveEntry } from '../../data/entries'
import { describeWriteError } from '../../data/writeErrors'
import { checkForm, formToEntry, type FieldErrors, type FieldName } from './entryForm'
import { autoCompetencies, startsAuto, suggestionsFor } from './quickEntry'

export const AUTOSAVE_MS = 300

interface Options {
  initial: EntryForm
  /** True when the form came back from a draft: it differs from what is saved. */
  restored: boolean
  onDirtyChange(dirty: boolean): void
  onSaved(entry: Entry): void
  /** Whether this editor is still the one on screen when it unmounts. */
  stillOpen(): boolean
}

export function useEntryEditor({ initial, restored, onDirtyChange, onSaved, stillOpen }: Options) {
  const [form, setForm] = useState(initial)
  const [auto, setAuto] = useState(() => startsAuto(initial))
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [draftSaved, setDraftSaved] = useState(restored)
  const initialJson = useMemo(() => JSON.stringify(initial), [initial])
  const dirty = restored || JSON.stringify(form) !== initialJson
  const today = localIsoDate(new Date())

  const suggestions = useMemo(() => suggestionsFor(form), [form])
  /** The form as it would be saved: with the chosen competencies filled in. */
  const effective = useMemo(
    () => (auto ? { ...form, competencies: autoCompetencies(suggestions) } : form),
    [auto, form, suggestions],
  )
  const allErrors = useMemo(() => checkForm(effective, today), [effective, today])
  const [schemaErrors, setSchemaErrors] = useState<FieldErrors>({})
  const errors: FieldErrors = {}
  for (const [field, message] of Object.entries({ ...allErrors, ...schemaErrors })) {
    if (submitted || touched.has(field as FieldName)) errors[field as FieldName] = message
  }

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])

  // The latest form for the pagehide/unmount handlers, which must not re-subscribe.
  const latest = useRef({ form, dirty })
  useEffect(() => {
    latest.current = { form, dirty }
  }, [form, dirty])

  useEffect(() => {
    if (!dirty) return
    const timer = window.setTimeout(() => setDraftSaved(writeDraft(form)), AUTOSAVE_MS)
    return () => window.clearTimeout(timer)
  }, [form, dirty])

  useEffect(() => {
    const flush = () => {
      if (latest.current.dirty) writeDraft(latest.current.form)
    }
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      // Leaving the Journal for another view keeps the draft; saving or discarding does not.
      if (stillOpen()) flush()
    }
  }, [stillOpen])

  const update = useCallback((patch: Partial<EntryForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setSchemaErrors({})
    setDraftSaved(false)
  }, [])

  /** The user's own pick: from now on the suggestions no longer change it. */
  const setCompetencies = useCallback(
    (competencies: string[]) => {
      setAuto(false)
      update({ competencies })
    },
    [update],
  )

  const touch = useCallback(
    (field: FieldName) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field))),
    [],
  )

  const save = useCallback(async (): Promise<FieldName | null> => {
    if (saving) return null
    setSubmitted(true)
    setSaveError(null)
    const result = formToEntry(effective, localIsoDate(new Date()), newId)
    if (!result.ok) {
      setSchemaErrors(result.errors)
      const count = Object.keys(result.errors).length
      setSaveError(
        result.errors.form
          ? `Not saved: ${result.errors.form}`
          : `Not saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.`,
      )
      return (Object.keys(result.errors)[0] as FieldName | undefined) ?? null
    }
    setSaving(true)
    try {
      const saved = await saveEntry(result.entry)
      clearDraft()
      onSaved(saved)
    } catch (error) {
      // The text stays in the form and in the draft, whatever went wrong.
      writeDraft(form)
      setSaveError(describeWriteError(error))
    } finally {
      setSaving(false)
    }
    return null
  }, [effective, form, onSaved, saving])

  return {
    form,
    /** True while the competencies follow the suggestions, until the user picks. */
    auto,
    competencies: effective.competencies,
    suggestions,
    update,
    setCompetencies,
    touch,
    errors,
    dirty,
    save,
    saving,
    saveError,
    draftSaved,
  }
}
