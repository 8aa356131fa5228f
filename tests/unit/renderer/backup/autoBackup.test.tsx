// Automatic backups (desktop, with a fake backups folder) and the browser's reminder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { parseBackup } from '../../../../shared/backup'
import type { BackupFileInfo } from '../../../../shared/ipc'
import { db } from '../../../../renderer/src/data/db'
import { getSettings, updateSettings } from '../../../../renderer/src/data/settings'
import { platform, type Platform } from '../../../../renderer/src/platform'
import { ensureDailyBackup } from '../../../../renderer/src/features/backup/useBackupStart'
import { isBackupDue } from '../../../../renderer/src/features/backup/backupAge'
import { BackupReminder } from '../../../../renderer/src/features/backup/BackupReminder'
import { FolderBackups } from '../../../../renderer/src/features/backup/FolderBackups'
import { useBackupUi } from '../../../../renderer/src/features/backup/backupSlice'
import { fill } from './helpers'

configure({ asyncUtilTimeout: 5000 })

type Written = { json: string; entryCount: number; reason: string }

function fakeFolder(existing: BackupFileInfo[]) {
  const written: Written[] = []
  let quitHandler: (() => void) | null = null
  const backups: NonNullable<Platform['backups']> = {
    write: vi.fn(async (json, entryCount, reason) => {
      written.push({ json, entryCount, reason })
      const info = {
        name: `backup-${written.length}.json`,
        createdAt: new Date().toISOString(),
        entryCount,
        bytes: json.length,
      }
      existing.push(info)
      return info
    }),
    list: vi.fn(async () => ({
      folder: '/home/pat/.config/Leadlog/backups',
      backups: [...existing],
    })),
    read: vi.fn(async () => written.at(-1)?.json ?? ''),
    chooseFolder: vi.fn(async () => ({ folder: '/media/usb/leadlog', backups: [] })),
    onQuitRequest: (handler) => {
      quitHandler = handler
      return () => (quitHandler = null)
    },
    declineQuit: vi.fn(async () => {}),
  }
  return { backups, written, quit: () => quitHandler?.() }
}

const original = { backups: platform.backups, kind: platform.kind }

beforeEach(async () => {
  await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  await fill(db)
  useBackupUi.setState({ reminderDismissed: false, autoBackupError: null })
})

afterEach(() => {
  Object.assign(platform, original)
  vi.restoreAllMocks()
})

describe('daily backup on the desktop', { timeout: 30_000 }, () => {
  it('writes one when there is none from today, a valid backup of every entry', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    const folder = fakeFolder([
      { name: 'old.json', createdAt: yesterday, entryCount: 3, bytes: 10 },
    ])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await ensureDailyBackup()).toBe(true)
    expect(folder.written).toHaveLength(1)
    const [written] = folder.written
    expect(written?.reason).toBe('daily')
    const parsed = parseBackup(written!.json)
    expect(parsed.ok && parsed.backup.entries.length).toBe(await db.entries.count())
    expect(written?.entryCount).toBe(await db.entries.count())
    expect((await getSettings()).lastBackupAt).toBeDefined()
  })

  it('writes none when one was already written today', async () => {
    const folder = fakeFolder([
      { name: 'today.json', createdAt: new Date().toISOString(), entryCount: 3, bytes: 10 },
    ])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await ensureDailyBackup()).toBe(false)
    expect(folder.written).toEqual([])
  })

  it('answers the quit request with a quit backup', async () => {
    const folder = fakeFolder([
      { name: 'today.json', createdAt: new Date().toISOString(), entryCount: 3, bytes: 10 },
    ])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    render(<BackupReminder />)
    await act(async () => folder.quit())
    await vi.waitFor(() => expect(folder.written.map((w) => w.reason)).toEqual(['quit']))
  })

  it('Settings lists the folder and its backups, backs up now and changes the folder', async () => {
    const folder = fakeFolder([
      { name: 'a.json', createdAt: '2026-11-18T08:00:00.000Z', entryCount: 14, bytes: 10 },
    ])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    render(<FolderBackups onRestore={() => {}} />)
    expect(await screen.findByText('/home/pat/.config/Leadlog/backups')).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Backups in the folder' })
    expect(list).toHaveTextContent('14 entries')
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }))
    expect(await screen.findByText(/Backed up 16 entries to backup-1\.json\./)).toBeInTheDocument()
    expect(folder.written.map((w) => w.reason)).toEqual(['manual'])
    await userEvent.click(screen.getByRole('button', { name: 'Change folder…' }))
    expect(await screen.findByText('/media/usb/leadlog')).toBeInTheDocument()
  })
})

describe('the browser reminder', { timeout: 30_000 }, () => {
  it('is due when there was never a backup or the last is more than 7 days old', () => {
    const now = new Date('2026-11-20T12:00:00')
    expect(isBackupDue(undefined, now)).toBe(true)
    expect(isBackupDue(new Date('2026-11-13T09:00:00').toISOString(), now)).toBe(false)
    expect(isBackupDue(new Date('2026-11-12T09:00:00').toISOString(), now)).toBe(true)
  })

  it('shows when there was never a backup, hides after one, and can be put off', async () => {
    render(<BackupReminder />)
    const notice = await screen.findByRole('complementary', { name: 'Backup reminder' })
    expect(notice).toHaveTextContent('You have not exported a backup yet.')
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull()
  })

  it('stays quiet after a recent backup, and speaks once it is more than a week old', async () => {
    await updateSettings({ lastBackupAt: new Date().toISOString() })
    render(<BackupReminder />)
    await act(async () => {})
    expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull()
    await act(() =>
      updateSettings({ lastBackupAt: new Date(Date.now() - 9 * 86_400_000).toISOString() }),
    )
    expect(await screen.findByRole('complementary', { name: 'Backup reminder' })).toHaveTextContent(
      'Your last backup is more than a week old.',
    )
  })
})
