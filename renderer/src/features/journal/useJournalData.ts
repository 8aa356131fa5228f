// The journal reads every entry through one live query and derives the rest with a
// memoised pure function (journalData.ts).
import { useMemo } from 'react'
import { useAllEntries } from '../../data/useEntries'
import { deriveJournal, type JournalData } from './journalData'

export type { JournalData } from './journalData'

export function useJournalData(today: string): JournalData {
  const all = useAllEntries()
  return useMemo(() => deriveJournal(all, today), [all, today])
}
