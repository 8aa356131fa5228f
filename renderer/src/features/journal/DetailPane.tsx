// The journal's right pane shows one of four things, in this order of precedence: the
// trash, the editor, the entry being read, or a hint of what to do.
import type { Entry } from '../../../../shared/entry'
import { clearDraft } from '../../data/drafts'
import { EntryEditor } from './EntryEditor'
import { EntryView } from './EntryView'
import { TrashView } from './TrashView'
import { useJournalUi, type Pane } from './journalSlice'
import { isMac } from './keys'

interface Props {
  pane: Pane
  showTrash: boolean
  trash: Entry[]
  byId: Map<string, Entry>
  notify(message: string): void
  onEdit(entry: Entry): void
  onDelete(entry: Entry): void
  /** Leaves the editor, asking first when it holds changes. */
  onCloseEditor(): void
}

/** Whether the editor of `session` is still the one on screen when it unmounts. */
function stillOpen(session: number) {
  return () => {
    const current = useJournalUi.getState().pane
    return current.type === 'edit' && current.session === session
  }
}

function DetailHint() {
  return (
    <div className="detail-placeholder">
      <p>Select an entry to read it, or start a new one.</p>
      <p className="hint">
        {isMac ? '⌘N' : 'Ctrl+N'} new entry · {isMac ? '⌘S' : 'Ctrl+S'} save · Esc close
      </p>
    </div>
  )
}

export function DetailPane({
  pane,
  showTrash,
  trash,
  byId,
  notify,
  onEdit,
  onDelete,
  onCloseEditor,
}: Props) {
  const setDirty = useJournalUi((s) => s.setDirty)
  const view = useJournalUi((s) => s.view)
  const close = useJournalUi((s) => s.close)

  if (showTrash) return <TrashView entries={trash} onNotify={notify} />
  if (pane.type === 'edit') {
    return (
      <EntryEditor
        key={pane.session}
        initial={pane.initial}
        restored={pane.restored}
        onDirtyChange={setDirty}
        onSaved={(entry) => {
          view(entry.id)
          notify(`Saved “${entry.title}”`)
        }}
        onClose={onCloseEditor}
        onDiscardDraft={() => {
          clearDraft()
          close()
        }}
        stillOpen={stillOpen(pane.session)}
      />
    )
  }
  const viewed = pane.type === 'view' ? byId.get(pane.id) : undefined
  // A trashed entry is read from the Trash, not opened as if it were live.
  if (viewed && viewed.deletedAt === undefined) {
    return (
      <EntryView
        entry={viewed}
        onEdit={() => onEdit(viewed)}
        onDelete={() => onDelete(viewed)}
        onClose={close}
      />
    )
  }
  return <DetailHint />
}
