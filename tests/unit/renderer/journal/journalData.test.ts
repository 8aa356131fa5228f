// The journal's view of every stored entry: live and trash apart, each in its order,
// and the follow-ups that are due.
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../../shared/time'
import { deriveJournal } from '../../../../renderer/src/features/journal/journalData'
import { conversation, moment, today } from './fixtures'

describe('deriveJournal', () => {
  it('is loading, and empty, until the first read arrives', () => {
    const data = deriveJournal(undefined, today())
    expect(data.loading).toBe(true)
    expect(data.live).toEqual([])
    expect(data.byId.size).toBe(0)
  })

  it('puts live entries newest first and the trash most recently deleted first', () => {
    const rows = [
      moment('old', { occurredOn: addDays(today(), -9) }),
      moment('new', { occurredOn: addDays(today(), -1), sample: true }),
      moment('gone-early', { deletedAt: '2026-01-02T00:00:00.000Z' }),
      moment('gone-late', { deletedAt: '2026-01-05T00:00:00.000Z' }),
    ]
    const data = deriveJournal(rows, today())
    expect(data.loading).toBe(false)
    expect(data.live.map((e) => e.id)).toEqual(['new', 'old'])
    expect(data.trash.map((e) => e.id)).toEqual(['gone-late', 'gone-early'])
    // Trashed entries stay reachable by id: the trash and undo open them.
    expect([...data.byId.keys()].sort()).toEqual(['gone-early', 'gone-late', 'new', 'old'])
    expect(data.hasSample).toBe(true)
  })

  it('lists open follow-ups whose date has come, earliest first', () => {
    const rows = [
      conversation('later', { followUpOn: addDays(today(), -1) }),
      conversation('earlier', { followUpOn: addDays(today(), -5) }),
      conversation('future', { followUpOn: addDays(today(), 2) }),
      conversation('done', {
        followUpOn: addDays(today(), -2),
        followUpDoneAt: '2026-01-03T00:00:00.000Z',
      }),
      conversation('trashed', {
        followUpOn: addDays(today(), -2),
        deletedAt: '2026-01-03T00:00:00.000Z',
      }),
    ]
    const data = deriveJournal(rows, today())
    expect(data.dueFollowUps.map((e) => e.id)).toEqual(['earlier', 'later'])
    expect(data.hasSample).toBe(false)
  })
})
