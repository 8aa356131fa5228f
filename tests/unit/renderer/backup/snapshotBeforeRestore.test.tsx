// Issue 18 in the restore flow: the journal is backed up before any restore changes it
// (desktop), a failed snapshot restores nothing, a backup without a checksum restores with
// a note, a newer journal schema is refused, and the folder list says what each backup is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { canonicalJson, serializeBackup, type Backup } from '../../../../shared/backup'
import type { BackupFileInfo } from '../../../../shared/ipc'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { platform, type Platform } from '../../../../renderer/src/platform'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import { useBackupUi } from '../../../../renderer/src/features/backup/backupSlice'
import { fixtureJournal } from '../../../fixtures/journal'
import { fill } from './helpers'

configure({ asyncUtilTimeout: 5000 })

function backup(overrides: Partial<Backup> = {}): Backup {
  return {
    format: 'leadlog-backup',
    formatVersion: 1,
    exportedAt: '2026-11-20T12:00:00.000Z',
    appVersion: '1.0.0',
    schemaVersion: 5,
    entries: structuredClone(fixtureJournal),
    settings: { targetRole: 'director-ops', fiscalYearStartMonth: 4 },
    ...overrides,
  }
}

const info = (over: Partial<BackupFileInfo> = {}): BackupFileInfo => ({
  name: 'leadlog-backup-2026-11-20-090000-before-restore.json',
  createdAt: '2026-11-20T09:00:00.000Z',
  entryCount: 11,
  bytes: 100,
  kind: 'before-restore',
  ...over,
})

let original: Platform['backups']
let written: { reason: string; journal: string }[]

function desktopFolder(
  write: () => Promise<BackupFileInfo> = async () => info(),
  listed: BackupFileInfo[] = [],
) {
  platform.backups = {
    write: vi.fn(async (_json: string, _count: number, reason: string) => {
      // What the journal held when the snapshot was taken.
      written.push({ reason, journal: await dumpDatabaseText() })
      return write()
    }),
    list: vi.fn(async () => ({ folder: '/backups', backups: listed })),
    read: vi.fn(),
    chooseFolder: vi.fn(),
    onQuitRequest: () => () => {},
    declineQuit: vi.fn(async () => {}),
  }
}

function offer(text: string) {
  vi.spyOn(platform, 'openFile').mockResolvedValue({ opened: true, name: 'b.json', text })
}

beforeEach(async () => {
  original = platform.backups
  written = []
  useBackupUi.setState({ shrinkNotice: null, autoBackupError: null })
  await db.transaction('rw', db.entries, db.settings, db.bulletEdits, async () => {
    await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  })
  await fill(db, structuredClone(fixtureJournal.slice(0, 10)))
})

afterEach(() => {
  platform.backups = original
  vi.restoreAllMocks()
})

describe('a snapshot before every restore (desktop)', { timeout: 30_000 }, () => {
  it('backs up the journal as it was, then replaces it, and says where the snapshot is', async () => {
    desktopFolder()
    const before = await dumpDatabaseText()
    offer(serializeBackup(backup({ entries: structuredClone(fixtureJournal.slice(0, 3)) })))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from b.json' })
    expect(preview).toHaveTextContent('Leadlog backs up your journal as it is now')
    await userEvent.click(within(preview).getByRole('radio', { name: /Replace/ }))
    await userEvent.click(within(preview).getByRole('button', { name: 'Replace my journal…' }))
    const confirm = await screen.findByRole('alertdialog')
    expect(confirm).toHaveTextContent('backed up to the backups folder first')
    await userEvent.click(within(confirm).getByRole('button', { name: /^Replace and delete/ }))
    expect(await screen.findByText(/Restored from b\.json\./)).toBeInTheDocument()
    expect(screen.getByText(/kept as the backup of .* \(before restore\)/)).toBeInTheDocument()
    expect(written).toEqual([{ reason: 'before-restore', journal: before }])
    expect(await db.entries.count()).toBe(3)
  })

  it('restores nothing when the snapshot cannot be written', async () => {
    desktopFolder(async () => {
      throw new Error('the disk is full')
    })
    const before = await dumpDatabaseText()
    offer(serializeBackup(backup()))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from b.json' })
    await userEvent.click(within(preview).getByRole('button', { name: 'Merge into my journal' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not restored: Leadlog could not back up your journal first (the disk is full), so it changed nothing. Your journal is exactly as it was.',
    )
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('tells the user when a backup holds far fewer entries than the one before, and keeps both', async () => {
    const previous = { name: 'x.json', createdAt: '2026-11-19T08:00:00.000Z', entryCount: 412 }
    desktopFolder(async () => info({ fewerThan: previous }))
    offer(serializeBackup(backup()))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from b.json' })
    await userEvent.click(within(preview).getByRole('button', { name: 'Merge into my journal' }))
    expect(
      await screen.findByText(/far fewer than the 412 entries of the backup of/),
    ).toHaveTextContent('Both are kept.')
  })
})

describe('checking the file', { timeout: 30_000 }, () => {
  it('a backup without a checksum restores, with a note', async () => {
    offer(canonicalJson(backup()))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from b.json' })
    expect(preview).toHaveTextContent('This backup carries no checksum')
  })

  it('a checksummed backup has no such note, and the browser takes no snapshot', async () => {
    offer(serializeBackup(backup()))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const preview = await screen.findByRole('region', { name: 'Restore from b.json' })
    expect(preview).not.toHaveTextContent('checksum')
    expect(preview).not.toHaveTextContent('backs up your journal')
  })

  it('a backup of a newer journal schema is refused with the reason', async () => {
    offer(serializeBackup(backup({ schemaVersion: 99 })))
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /schemaVersion\s*this backup was made by a newer version of Leadlog \(journal schema 99; this version reads up to 5\)/,
    )
  })
})

describe('the folder list', () => {
  it('shows each backup’s date, entry count and what it was taken for, with a named Restore button', async () => {
    desktopFolder(undefined, [
      info({ name: 'a.json', createdAt: '2026-11-20T09:00:00.000Z', entryCount: 11 }),
      info({
        name: 'b.json',
        createdAt: '2026-11-19T09:00:00.000Z',
        entryCount: -1,
        kind: 'backup',
      }),
    ])
    render(<BackupSettings />)
    const list = await screen.findByRole('list', { name: 'Backups in the folder' })
    const items = within(list).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(/11 entries · before a restore/)
    expect(items[1]).toHaveTextContent('encrypted, entry count not known')
    expect(
      within(items[0]!).getByRole('button', {
        name: /^Restore the backup of .* \(11 entries, before a restore\)$/,
      }),
    ).toBeInTheDocument()
  })
})
