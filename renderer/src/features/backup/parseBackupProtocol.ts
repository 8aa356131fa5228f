// The messages between the page and the parse worker. A checked backup goes back in
// slices, one per request: the page copies each message in (structured clone) on its own
// thread, and 100,000 entries in one message froze the window for 1.7 s. Slices sent all
// at once still ran back to back for most of a second, so the page asks for the next
// slice only after taking in the last, leaving room to paint and answer input between.
import type { Backup, ParseBackupOptions, ParseBackupResult } from '../../../../shared/backup'
import type { Entry, Problem } from '../../../../shared/entry'

/** Page → worker: check this text, then 'next' for each further reply. */
export type ParseRequest =
  { kind: 'parse'; text: string; options: ParseBackupOptions } | { kind: 'next' }

export type ParseReply =
  | { kind: 'problems'; errors: Problem[] }
  /** Everything but the entries, which follow in 'entries' messages until 'done'. */
  | { kind: 'backup'; backup: Backup; checksum: 'verified' | 'absent' }
  | { kind: 'entries'; entries: Entry[] }
  | { kind: 'done' }

/** Tens of milliseconds of copying on the page for realistic entries. */
export const ENTRIES_PER_MESSAGE = 1_000

/** What the worker sends for one result, in order. */
export function* toReplies(result: ParseBackupResult): Generator<ParseReply> {
  if (!result.ok) {
    yield { kind: 'problems', errors: result.errors }
    return
  }
  const { entries, ...rest } = result.backup
  yield { kind: 'backup', backup: { ...rest, entries: [] }, checksum: result.checksum }
  for (let start = 0; start < entries.length; start += ENTRIES_PER_MESSAGE) {
    yield { kind: 'entries', entries: entries.slice(start, start + ENTRIES_PER_MESSAGE) }
  }
  yield { kind: 'done' }
}

/** Puts the replies back together on the page; gives the result once it is complete. */
export class ReplyCollector {
  private backup: Backup | undefined
  private checksum: 'verified' | 'absent' = 'absent'

  add(reply: ParseReply): ParseBackupResult | undefined {
    switch (reply.kind) {
      case 'problems':
        return { ok: false, errors: reply.errors }
      case 'backup':
        this.backup = reply.backup
        this.checksum = reply.checksum
        return undefined
      case 'entries': {
        const { entries } = this.expectBackup()
        for (const entry of reply.entries) entries.push(entry)
        return undefined
      }
      case 'done':
        return { ok: true, backup: this.expectBackup(), checksum: this.checksum }
    }
  }

  private expectBackup(): Backup {
    if (!this.backup) throw new Error('The parse worker sent entries before the backup')
    return this.backup
  }
}
