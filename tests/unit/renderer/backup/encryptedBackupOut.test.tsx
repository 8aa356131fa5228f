// Every backup written (export, daily, quit, manual) goes through the vault's
// sealBackupIfEncrypted: an encrypted journal's backups are encrypted, a plain one's stay
// plain, and a locked journal writes none, never a plain one in place of the encrypted.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, configure, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { parseBackup } from '../../../../shared/backup'
import type { BackupFileInfo } from '../../../../shared/ipc'
import { db } from '../../../../renderer/src/data/db'
import { getSettings } from '../../../../renderer/src/data/settings'
import {
  encryptedSince,
  sealBackupIfEncrypted,
  useVault,
  VaultLockedError,
} from '../../../../renderer/src/data/vault'
import type * as vault from '../../../../renderer/src/data/vault'
import { platform, type Platform } from '../../../../renderer/src/platform'
import {
  BACKUP_FILTERS,
  ENCRYPTED_BACKUP_FILTERS,
  exportBackupToFile,
  writeFolderBackup,
} from '../../../../renderer/src/features/backup/backupFile'
import { ensureDailyBackup } from '../../../../renderer/src/features/backup/useBackupStart'
import { BackupReminder } from '../../../../renderer/src/features/backup/BackupReminder'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import { FolderBackups } from '../../../../renderer/src/features/backup/FolderBackups'
import { useBackupUi } from '../../../../renderer/src/features/backup/backupSlice'
import { fill } from './helpers'

vi.mock('../../../../renderer/src/data/vault', async (importOriginal) => {
  const real = await importOriginal<typeof vault>()
  return { ...real, sealBackupIfEncrypted: vi.fn(), encryptedSince: vi.fn(() => null) }
})

configure({ asyncUtilTimeout: 5000 })

const seal = vi.mocked(sealBackupIfEncrypted)

/** What the stand-in vault writes for an encrypted journal: nothing of the journal in it. */
const SEALED = JSON.stringify({ format: 'leadlog-encrypted-backup', version: 1, ciphertext: 'x' })

const asEncrypted = () => seal.mockImplementation(async () => ({ text: SEALED, encrypted: true }))
const asPlain = () => seal.mockImplementation(async (text) => ({ text, encrypted: false }))
const asLocked = () =>
  seal.mockImplementation(async () => {
    throw new VaultLockedError()
  })

type Written = { json: string; entryCount: number; reason: string }

function fakeFolder(existing: BackupFileInfo[] = []) {
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
    list: vi.fn(async () => ({ folder: '/backups', backups: [...existing] })),
    read: vi.fn(async () => written.at(-1)?.json ?? ''),
    chooseFolder: vi.fn(async () => null),
    onQuitRequest: (handler) => {
      quitHandler = handler
      return () => (quitHandler = null)
    },
    declineQuit: vi.fn(async () => {}),
  }
  return { backups, written, quit: () => quitHandler?.() }
}

const original = { backups: platform.backups, kind: platform.kind }
let entryCount = 0

beforeEach(async () => {
  await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  await fill(db)
  entryCount = await db.entries.count()
  useBackupUi.setState({ reminderDismissed: false, autoBackupError: null })
  useVault.setState({ status: 'unknown' })
  seal.mockReset()
})

afterEach(() => {
  Object.assign(platform, original)
  useVault.setState({ status: 'unknown' })
  vi.restoreAllMocks()
})

/** The one text the vault was asked to seal, checked to be the journal's full backup. */
function sealedInput(): string {
  expect(seal).toHaveBeenCalledTimes(1)
  const text = seal.mock.calls[0]![0]
  const parsed = parseBackup(text)
  expect(parsed.ok && parsed.backup.entries.length).toBe(entryCount)
  return text
}

describe('Export backup…', { timeout: 30_000 }, () => {
  it('saves the sealed text of an encrypted journal, named as encrypted in the dialog', async () => {
    asEncrypted()
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'b.json' })
    const now = new Date('2026-11-20T12:00:00.000Z')
    expect(await exportBackupToFile(now)).toEqual({
      saved: true,
      entries: entryCount,
      encrypted: true,
    })
    sealedInput()
    expect(save).toHaveBeenCalledWith(
      expect.stringMatching(/^leadlog-backup-\d{4}-\d\d-\d\d\.json$/),
      SEALED,
      ENCRYPTED_BACKUP_FILTERS,
    )
    expect(ENCRYPTED_BACKUP_FILTERS[0]!.name).toBe('Leadlog encrypted backup')
    expect((await getSettings()).lastBackupAt).toBe(now.toISOString())
  })

  it('saves a plain journal’s backup as it is, with the plain file type', async () => {
    asPlain()
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'b.json' })
    expect(await exportBackupToFile()).toMatchObject({ saved: true, encrypted: false })
    const text = sealedInput()
    expect(save).toHaveBeenCalledWith(expect.any(String), text, BACKUP_FILTERS)
  })

  it('says in Settings whether the saved file is encrypted', async () => {
    vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'b.json' })
    asEncrypted()
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Export backup…' }))
    expect(
      await screen.findByText(
        `Encrypted backup saved: it opens only with your passphrase or recovery key. It holds ${entryCount} entries.`,
      ),
    ).toBeInTheDocument()

    asPlain()
    await userEvent.click(screen.getByRole('button', { name: 'Export backup…' }))
    expect(await screen.findByText(`Backup exported: ${entryCount} entries.`)).toBeInTheDocument()
  })

  it('a locked journal saves nothing and says why', async () => {
    asLocked()
    const save = vi.spyOn(platform, 'saveFile')
    render(<BackupSettings />)
    await userEvent.click(screen.getByRole('button', { name: 'Export backup…' }))
    expect(await screen.findByText(/^Not exported: Your journal is locked\./)).toBeInTheDocument()
    expect(save).not.toHaveBeenCalled()
    expect((await getSettings()).lastBackupAt).toBeUndefined()
  })
})

describe('the desktop backups folder', { timeout: 30_000 }, () => {
  for (const reason of ['daily', 'quit', 'manual'] as const) {
    it(`a ${reason} backup of an encrypted journal is the sealed text, with the entry count`, async () => {
      asEncrypted()
      const folder = fakeFolder()
      Object.assign(platform, { kind: 'desktop', backups: folder.backups })
      const info = await writeFolderBackup(reason)
      sealedInput()
      expect(folder.written).toEqual([{ json: SEALED, entryCount, reason }])
      expect(info).toMatchObject({ entryCount, encrypted: true })
    })
  }

  it('a plain journal’s folder backup stays plain JSON', async () => {
    asPlain()
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await writeFolderBackup('daily')).toMatchObject({ encrypted: false })
    const text = sealedInput()
    expect(folder.written).toEqual([{ json: text, entryCount, reason: 'daily' }])
  })

  it('says the automatic backups are encrypted when the journal is', async () => {
    Object.assign(platform, { kind: 'desktop', backups: fakeFolder().backups })
    useVault.setState({ status: 'unlocked' })
    const { unmount } = render(<FolderBackups onRestore={() => {}} />)
    expect(await screen.findByText(/They are encrypted, as your journal is\./)).toBeInTheDocument()
    unmount()
    useVault.setState({ status: 'plain' })
    render(<FolderBackups onRestore={() => {}} />)
    expect(await screen.findByText(/keeps the 20 newest/)).not.toHaveTextContent('encrypted')
  })

  it('names the backups written before encryption was turned on as plain text', async () => {
    const before = (day: string) => ({
      name: `${day}.json`,
      createdAt: `${day}T09:00:00.000Z`,
      entryCount: 3,
      bytes: 10,
    })
    const folder = fakeFolder([before('2026-11-20'), before('2026-11-21'), before('2026-11-30')])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    vi.mocked(encryptedSince).mockReturnValue('2026-11-25T10:00:00.000Z')
    useVault.setState({ status: 'unlocked' })
    render(<FolderBackups onRestore={() => {}} />)
    expect(
      await screen.findByText(
        /New ones are encrypted, as your journal is; 2 backups written before encryption was turned on are plain text\. Delete them from the folder if anyone else can read it\./,
      ),
    ).toBeInTheDocument()
    vi.mocked(encryptedSince).mockReturnValue(null)
  })

  it('"Back up now" says the file is encrypted', async () => {
    // The stand-in vault seals; the journal's own rows stay plain in this test database.
    asEncrypted()
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    render(<FolderBackups onRestore={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }))
    expect(
      await screen.findByText(`Backed up ${entryCount} entries to backup-1.json (encrypted).`),
    ).toBeInTheDocument()
  })
})

describe('a locked journal writes no backup', { timeout: 30_000 }, () => {
  it('the daily backup is skipped quietly, with no plain one in its place', async () => {
    asLocked()
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await ensureDailyBackup()).toBe(false)
    expect(folder.written).toEqual([])
    expect(useBackupUi.getState().autoBackupError).toBeNull()
    expect((await getSettings()).lastBackupAt).toBeUndefined()
  })

  it('a journal known to be locked is not even read', async () => {
    asEncrypted()
    useVault.setState({ status: 'locked' })
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await ensureDailyBackup()).toBe(false)
    expect(seal).not.toHaveBeenCalled()
    expect(folder.written).toEqual([])
  })

  it('the quit backup is skipped quietly; the daily one is written once unlocked', async () => {
    asLocked()
    useVault.setState({ status: 'locked' })
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    render(<BackupReminder />)
    await act(async () => folder.quit())
    // The vault was asked for nothing, and nothing failed.
    await act(async () => {})
    expect(folder.written).toEqual([])
    expect(useBackupUi.getState().autoBackupError).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()

    asEncrypted()
    act(() => useVault.setState({ status: 'unlocked' }))
    await vi.waitFor(() => expect(folder.written.map((w) => w.reason)).toEqual(['daily']))
    expect(folder.written[0]!.json).toBe(SEALED)
  })

  it('a quit request that finds the journal locked mid-way writes nothing and reports nothing', async () => {
    asLocked()
    const folder = fakeFolder([
      { name: 'today.json', createdAt: new Date().toISOString(), entryCount: 3, bytes: 10 },
    ])
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    render(<BackupReminder />)
    await act(async () => folder.quit())
    await vi.waitFor(() => expect(seal).toHaveBeenCalled())
    await act(async () => {})
    expect(folder.written).toEqual([])
    expect(useBackupUi.getState().autoBackupError).toBeNull()
  })
})
