// What the journal does in response to the user and to other views: start, open, close
// and delete entries, with unsaved editor changes guarded by a confirmation.
import { useCallback, useEffect } from 'react'
import { localIsoDate } from '../../../../shared/time'
import type { CompetencyId, Entry, EntryKind } from '../../../../shared/entry'
import { clearDraft, readDraft } from '../../data/drafts'
import { restoreEntries, trashEntries } from '../../data/entries'
import { describeWriteError } from '../../data/writeErrors'
import { useJournalUi } from './journalSlice'
import { useNavigation } from '../../app/navigation'
import { useToast } from '../../app/toastSlice'
import { emptyForm, formFromEntry } from './entryForm'

export function useJournalActions(byId: Map<string, Entry>, loading: boolean) {
  const ui = useJournalUi()
  const { guard, edit, view, close } = ui
  const notify = useToast((s) => s.notify)

  /** Leaves the editor (asking first if it has changes) and forgets its draft. */
  const leave = useCallback(
    (action: () => void) =>
      guard(() => {
        clearDraft()
        action()
      }),
    [guard],
  )

  const startNew = useCallback(
    (kind: EntryKind = 'leadership-moment', competency?: CompetencyId) =>
      leave(() => edit(emptyForm(kind, localIsoDate(new Date()), competency))),
    [leave, edit],
  )

  const open = useCallback((id: string) => leave(() => view(id)), [leave, view])

  const startEdit = useCallback(
    (entry: Entry) => leave(() => edit(formFromEntry(entry))),
    [leave, edit],
  )

  const closePane = useCallback(() => leave(close), [leave, close])

  const remove = useCallback(
    (entry: Entry) => {
      trashEntries([entry.id]).then(
        () => {
          close()
          notify({
            message: `Moved “${entry.title}” to the trash`,
            actionLabel: 'Undo',
            onAction: () =>
              void restoreEntries([entry.id]).then(
                () => view(entry.id),
                (error: unknown) => notify({ message: describeWriteError(error) }),
              ),
          })
        },
        (error: unknown) => notify({ message: describeWriteError(error) }),
      )
    },
    [close, notify, view],
  )

  // A draft left by a reload, a crash or a visit to another view comes back first.
  useEffect(() => {
    const draft = readDraft()
    const { pane } = useJournalUi.getState()
    if (draft) edit(draft.form, true)
    else if (pane.type === 'edit') close()
  }, [edit, close])

  // Requests from other views ("open this entry", "new entry for this competency").
  const newEntry = useNavigation((s) => s.newEntry)
  const openEntryId = useNavigation((s) => s.openEntryId)
  const clearRequests = useNavigation((s) => s.clearRequests)
  useEffect(() => {
    if (newEntry) {
      clearRequests()
      startNew(newEntry.kind, newEntry.competency)
    } else if (openEntryId && !loading) {
      clearRequests()
      if (byId.has(openEntryId)) open(openEntryId)
    }
  }, [newEntry, openEntryId, loading, byId, clearRequests, startNew, open])

  return { ui, leave, startNew, open, startEdit, closePane, remove }
}
