// One live query over every entry; everything the journal shows is derived from it
// with memoised pure functions.
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { DifficultConversation, Entry } from '../../../../shared/entry'
import { db } from '../../data/db'
import { newestFirst } from './timelineModel'

export interface JournalData {
  loading: boolean
  /** Entries not in the trash, newest first. */
  live: Entry[]
  trash: Entry[]
  byId: Map<string, Entry>
  hasSample: boolean
  dueFollowUps: DifficultConversation[]
}

export function useJournalData(today: string): JournalData {
  const all = useLiveQuery(() => db.entries.toArray(), [])
  return useMemo(() => {
    const rows = all ?? []
    const live: Entry[] = []
    const trash: Entry[] = []
    for (const entry of rows) (entry.deletedAt === undefined ? live : trash).push(entry)
    live.sort(newestFirst)
    trash.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
    const dueFollowUps = live
      .filter(
        (e): e is DifficultConversation =>
          e.kind === 'difficult-conversation' &&
          e.followUpOn !== undefined &&
          e.followUpOn <= today &&
          e.followUpDoneAt === undefined,
      )
      .sort((a, b) => ((a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : 1))
    return {
      loading: all === undefined,
      live,
      trash,
      byId: new Map(rows.map((e) => [e.id, e])),
      hasSample: live.some((e) => e.sample),
      dueFollowUps,
    }
  }, [all, today])
}
