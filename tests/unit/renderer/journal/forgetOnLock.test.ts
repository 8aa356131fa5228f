// Locking leaves nothing of the user's words in the journal's UI store.
import { describe, expect, it } from 'vitest'
import {
  forgetJournalUi,
  useJournalUi,
} from '../../../../renderer/src/features/journal/journalSlice'

describe('forgetJournalUi', () => {
  it('drops the open form, the search and the filters', () => {
    const ui = useJournalUi.getState()
    ui.setQuery('Maria Lopez')
    ui.setFilters({ person: 'Maria Lopez' })
    ui.edit({ title: 'Difficult talk with Maria' } as never)
    forgetJournalUi()
    const after = useJournalUi.getState()
    expect(after.query).toBe('')
    expect(after.pane).toEqual({ type: 'none' })
    expect(JSON.stringify(after.filters)).not.toContain('Maria')
  })
})
