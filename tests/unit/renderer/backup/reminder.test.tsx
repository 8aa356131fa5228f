// The browser's backup reminder speaks only when the journal holds something of the
// user's: a first run with nothing but the sample journal has nothing to lose.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen } from '@testing-library/react'
import { sampleJournal } from '../../../../shared/entry'
import { fixtureJournal } from '../../../fixtures/journal'
import { db } from '../../../../renderer/src/data/db'
import { platform } from '../../../../renderer/src/platform'
import { BackupReminder } from '../../../../renderer/src/features/backup/BackupReminder'
import { hasOwnEntries } from '../../../../renderer/src/data/ownEntries'
import { useBackupUi } from '../../../../renderer/src/features/backup/backupSlice'

configure({ asyncUtilTimeout: 5000 })

const samples = () => sampleJournal('2026-11-20').map((entry) => ({ ...entry, sample: true }))
const own = () => structuredClone(fixtureJournal[0]!)
const reminder = () => screen.queryByRole('complementary', { name: 'Backup reminder' })

beforeEach(async () => {
  await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  useBackupUi.setState({ reminderDismissed: false, autoBackupError: null })
})

describe('hasOwnEntries', () => {
  it('is false for an empty journal and for one holding only sample entries', async () => {
    expect(await hasOwnEntries(db)).toBe(false)
    await db.entries.bulkPut(samples())
    expect(await db.entries.count()).toBeGreaterThan(0)
    expect(await hasOwnEntries(db)).toBe(false)
  })

  it('is true once one entry is the user’s, even beside the samples or in the trash', async () => {
    await db.entries.bulkPut(samples())
    await db.entries.put(own())
    expect(await hasOwnEntries(db)).toBe(true)
    await db.entries.update(own().id, { deletedAt: '2026-11-19T10:00:00.000Z' })
    expect(await hasOwnEntries(db)).toBe(true)
  })
})

describe('the browser reminder with the sample journal', { timeout: 30_000 }, () => {
  it('stays quiet with only sample entries, speaks once the user writes one, and goes again when it is removed', async () => {
    expect(platform.kind).toBe('browser')
    await db.entries.bulkPut(samples())
    render(<BackupReminder />)
    await act(async () => {})
    expect(reminder()).toBeNull()

    // The same render, still never backed up: only the user's entry makes the difference.
    await act(() => db.entries.put(own()))
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toHaveTextContent(
      'You have not exported a backup yet.',
    )
    await act(() => db.entries.delete(own().id))
    await vi.waitFor(() => expect(reminder()).toBeNull())
  })
})
