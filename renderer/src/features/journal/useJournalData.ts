// The journal reads every entry through the one shared live read and derives the rest
// with a memoised pure function (journalData.ts). Until that read is in, the timeline
// shows the newest entries from a short index read, so a large journal opens at once;
// `loading` stays true meanwhile, and the status line says the rest is on its way.
import { useMemo } from 'react'
import { useAllEntriesDeferred, useNewestEntries } from '../../data/useEntries'
import { deriveJournal, type JournalData } from './journalData'

export type { JournalData } from './journalData'

export function useJournalData(today: string): JournalData {
  const all = useAllEntriesDeferred()
  const newest = useNewestEntries(all === undefined)
  return useMemo(() => {
    if (all === undefined && newest !== undefined)
      return { ...deriveJournal(newest, today), loading: true, partial: true }
    return deriveJournal(all, today)
  }, [all, newest, today])
}
