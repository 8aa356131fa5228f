// What the journal shows, derived from every stored entry in one pass: the live entries
// newest first, the trash most recently deleted first, a lookup by id and the due
// follow-ups. Pure, so one read of the table serves all of it.
import { isFollowUpDue, type DifficultConversation, type Entry } from '../../../../shared/entry'
import { newestFirst } from './timelineModel'

export interface JournalData {
  loading: boolean
  /** Only the newest entries are in (the first screen); counts are not known yet. */
  partial?: boolean
  /** Entries not in the trash, newest first. */
  live: Entry[]
  trash: Entry[]
  byId: Map<string, Entry>
  hasSample: boolean
  dueFollowUps: DifficultConversation[]
}

/** `rows` is every stored entry, trash included; undefined while the first read runs. */
export function deriveJournal(rows: readonly Entry[] | undefined, today: string): JournalData {
  const all = rows ?? []
  const live: Entry[] = []
  const trash: Entry[] = []
  for (const entry of all) (entry.deletedAt === undefined ? live : trash).push(entry)
  live.sort(newestFirst)
  trash.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1))
  const dueFollowUps = live
    .filter((e): e is DifficultConversation => isFollowUpDue(e, today))
    .sort((a, b) => ((a.followUpOn ?? '') < (b.followUpOn ?? '') ? -1 : 1))
  return {
    loading: rows === undefined,
    live,
    trash,
    byId: new Map(all.map((e) => [e.id, e])),
    hasSample: live.some((e) => e.sample),
    dueFollowUps,
  }
}
