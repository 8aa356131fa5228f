// The journal's door: what other folders may use.
export { JournalView } from './JournalView'
export { useNewEntryShortcut } from './useNewEntryShortcut'
export { forgetJournalUi } from './journalSlice'
