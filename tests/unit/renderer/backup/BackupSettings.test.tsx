// Restore through the Settings section, as a user does it. Every rejected file leaves
// the database byte-identical and says what is wrong and where.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { serializeBackup, type Backup } from '../../../../shared/backup'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { platform } from '../../../../renderer/src/platform'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import { fixtureJournal } from '../../../fixtures/journal'
import { fill } from './helpers'

configure({ asyncUtilTimeout: 5000 })

function validBackup(): Backup {
  return {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: '2026-11-20T12:00:00.000Z',
    appVersion: '1.0.0',
    schemaVersion: 2,
    entries: structuredClone(fixtureJournal),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
  }
}

function brokenJson(
  change: (data: Record<string, unknown> & { entries: Record<string, unknown>[] }) => void,
) {
  // Edited by hand: a checksum would no longer match, so it goes (the edit is the point).
  const { checksum: _checksum, ...data } = JSON.parse(serializeBackup(validBackup()))
  change(data)
  return JSON.stringify(data, null, 2)
}

function offer(name: string, text: string) {
  return vi.spyOn(platform, 'openFile').mockResolvedValue({ opened: true, name, text })
}

beforeEach(async () => {
  await db.transaction('rw', db.entries, db.settings, db.bulletEdits, async () => {
    await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  })
  // The local journal: the first ten fixture entries plus one only this device has.
  const local = structuredClone(fixtureJournal.slice(0, 10))
  local.push({ ...structuredClone(fixtureJournal[0]!), id: 'only-here', title: 'Logged only here' })
  await fill(db, local)
})

afterEach(() => vi.restoreAllMocks())

const validText = serializeBackup(validBackup())
const REJECTED: [string, string, RegExp][] = [
  [
    'not JSON',
    '{"format": "leadlog-backup",\n  "entries": [\n}',
    /line 3, column 1\s*is not valid JSON/,
  ],
  [
    'cut off',
    validText.slice(0, 5000),
    /line \d+, column \d+\s*the file is cut off \(incomplete\)/,
  ],
  ['another format', '{"format": "something-else"}', /format\s*is not a Leadlog backup/],
  [
    'a newer format version',
    brokenJson((d) => (d.formatVersion = 3)),
    /formatVersion\s*this backup was made by a newer version of Leadlog/,
  ],
  [
    'an unknown field',
    brokenJson((d) => (d.entries[2]!.colour = 'red')),
    /entries\[2\]\.colour\s*is not a field Leadlog knows/,
  ],
  [
    'a missing field',
    brokenJson((d) => delete d.entries[4]!.occurredOn),
    /entries\[4\]\.occurredOn\s*is missing/,
  ],
  [
    'an invalid date',
    brokenJson((d) => (d.entries[12]!.occurredOn = '2026-13-01')),
    /entries\[12\]\.occurredOn\s*is not a real calendar date/,
  ],
  [
    'an unknown kind',
    brokenJson((d) => (d.entries[1]!.kind = 'rant')),
    /entries\[1\]\.kind\s*must be one of/,
  ],
  [
    'an unknown competency',
    brokenJson((d) => (d.entries[3]!.competencies = ['charm'])),
    /entries\[3\]\.competencies\[0\]\s*is not a known competency/,
  ],
  [
    'duplicate ids',
    brokenJson((d) => (d.entries[7]!.id = d.entries[2]!.id)),
    /entries\[7\]\.id\s*duplicates entries\[2\]\.id/,
  ],
  [
    'an over-long text',
    brokenJson((d) => (d.entries[0]!.notes = 'a'.repeat(100_001))),
    /entries\[0\]\.notes\s*is longer than 100,000 characters/,
  ],
  [
    'an invalid setting',
    brokenJson((d) => ((d.settings as Record<string, unknown>).fiscalYearStartMonth = 0)),
    /settings\.fiscalYearStartMonth/,
  ],
]

describe('restoring from a file in Settings', { timeout: 30_000 }, () => {
  for (const [label, text, expected] of REJECTED) {
    it(`rejects ${label}, shows where, and changes nothing`, async () => {
      const before = await dumpDatabaseText()
      offer('bad.json', text)
      render(<BackupSettings />)
      await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('bad.json cannot be restored')
      expect(alert).toHaveTextContent('Nothing was changed.')
      expect(alert.textContent).toMatch(expected)
      expect(await dumpDatabaseText()).toBe(before)
    })
  }

  it('previews the counts, then merges', async () => {
    offer('leadlog-backup.json', validText)
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from leadlog-backup.json' })
    const count = (label: string) =>
      within(preview).getByRole('row', { name: new RegExp(`^${label}`) })
    expect(count('New')).toHaveTextContent(`New${fixtureJournal.length - 10}`)
    expect(count('Unchanged')).toHaveTextContent('Unchanged10')
    expect(count('Only in your journal')).toHaveTextContent('Only in your journal1')
    await userEvent.click(within(preview).getByRole('button', { name: 'Merge into my journal' }))
    expect(await screen.findByText(/Restored from leadlog-backup\.json\./)).toBeInTheDocument()
    expect(await db.entries.count()).toBe(fixtureJournal.length + 1)
  })

  it('replace asks first, naming how many entries will be deleted; cancel changes nothing', async () => {
    offer('leadlog-backup.json', validText)
    const before = await dumpDatabaseText()
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    await userEvent.click(await screen.findByRole('radio', { name: /Replace/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Replace my journal…' }))
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Replace your journal with this backup?',
    })
    expect(dialog).toHaveTextContent('1 entry in your journal will be deleted')
    // The safe answer has the focus.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await dumpDatabaseText()).toBe(before)

    await userEvent.click(screen.getByRole('button', { name: 'Replace my journal…' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Replace and delete 1 entry' }))
    expect(
      await screen.findByText(/Your journal now holds the 16 entries of the backup; 1 removed\./),
    ).toBeInTheDocument()
    expect(await db.entries.get('only-here')).toBeUndefined()
    expect(await db.entries.count()).toBe(fixtureJournal.length)
  })

  it('a full disk during the restore is reported with its place, and nothing changes', async () => {
    offer('leadlog-backup.json', validText)
    const before = await dumpDatabaseText()
    vi.spyOn(db.entries, 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('aborted'), {
        name: 'AbortError',
        inner: new DOMException('quota', 'QuotaExceededError'),
      }),
    )
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    await userEvent.click(await screen.findByRole('radio', { name: /Replace/ }))
    await userEvent.click(screen.getByRole('button', { name: 'Replace my journal…' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Replace and delete 1 entry' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not restored: the disk is full (while writing entries 1–16 of 16). Your journal is exactly as it was before.',
    )
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('restores one of the desktop backups from the folder list', async () => {
    const original = platform.backups
    platform.backups = {
      write: vi.fn(),
      list: vi.fn(async () => ({
        folder: '/backups',
        backups: [
          { name: 'daily.json', createdAt: '2026-11-20T08:00:00.000Z', entryCount: 16, bytes: 1 },
        ],
      })),
      read: vi.fn(async () => validText),
      chooseFolder: vi.fn(),
      onQuitRequest: () => () => {},
      declineQuit: vi.fn(async () => {}),
    }
    try {
      render(<BackupSettings />)
      await userEvent.click(await screen.findByRole('button', { name: /^Restore the backup of / }))
      expect(platform.backups.read).toHaveBeenCalledWith('daily.json')
      const preview = await screen.findByRole('region', { name: /^Restore from the backup of / })
      expect(within(preview).getByRole('row', { name: /^New/ })).toHaveTextContent(
        `New${fixtureJournal.length - 10}`,
      )
    } finally {
      platform.backups = original
    }
  })
})
