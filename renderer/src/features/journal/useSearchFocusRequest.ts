// Answers "focus the search" requests ("/", the command palette) with the cursor in the
// journal's search box and its text selected, so typing replaces the last search. The
// request usually opens the journal at the same moment, so the last one answered is kept
// in the slice rather than per mount; it is answered once the entries have loaded, when
// the box is on screen (an empty journal has none, and the request is let go).
import { useEffect, type RefObject } from 'react'
import { useNavigation } from '../../app/navigation'
import { useJournalUi } from './journalSlice'

export function useSearchFocusRequest(
  input: RefObject<HTMLInputElement | null>,
  ready: boolean,
): void {
  const request = useNavigation((s) => s.searchFocus)
  const seen = useJournalUi((s) => s.searchFocusSeen)
  const setSeen = useJournalUi((s) => s.setSearchFocusSeen)
  useEffect(() => {
    if (!ready || request === seen) return
    setSeen(request)
    input.current?.focus()
    input.current?.select()
  }, [ready, request, seen, setSeen, input])
}
