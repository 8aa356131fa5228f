// Backups with the real vault: an encrypted journal exports an encrypted file that restores
// with its passphrase, into the encrypted journal or, after encryption is turned off, into
// a plain one; a plain backup restores into an encrypted journal and is stored sealed; a
// locked journal writes no backup at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { serializeBackup } from '../../../../shared/backup'
import { isSealedBackupText } from '../../../../shared/crypto'
import type { Entry } from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { addEntries, getEntry } from '../../../../renderer/src/data/entries'
import {
  lock,
  turnOffEncryption,
  turnOnEncryption,
  useVault,
  VaultLockedError,
} from '../../../../renderer/src/data/vault'
import { endSession } from '../../../../renderer/src/data/vault/session'
import { setVaultStatus } from '../../../../renderer/src/data/vault/vaultStore'
import { platform, type Platform } from '../../../../renderer/src/platform'
import {
  buildBackup,
  exportBackupToFile,
  writeFolderBackup,
} from '../../../../renderer/src/features/backup/backupFile'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import { ensureDailyBackup } from '../../../../renderer/src/features/backup/useBackupStart'
import { fixtureJournal } from '../../../fixtures/journal'

configure({ asyncUtilTimeout: 10_000 })

const PASSPHRASE = 'tangerine orbit lantern 42'
const RECOVERY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'
const FAST = { kdf: { memoryKiB: 1024, passes: 1 } }
const MARKER = 'zebracorn'

const marked: Entry = {
  ...fixtureJournal[0]!,
  id: 'marked-entry',
  title: `Ran the ${MARKER} retrospective`,
  notes: `Notes about ${MARKER}`,
}

const encrypt = () => turnOnEncryption(PASSPHRASE, RECOVERY, undefined, FAST)

/** Exports through "Export backup…" and gives the text that was saved. */
async function exportedText(): Promise<string> {
  const save = vi.spyOn(platform, 'saveFile').mockResolvedValue({ saved: true, path: 'b.json' })
  await exportBackupToFile()
  const data = save.mock.calls.at(-1)?.[1]
  save.mockRestore()
  if (typeof data !== 'string') throw new Error('nothing was saved')
  return data
}

async function restoreInSettings(name: string, text: string, secret?: string) {
  vi.spyOn(platform, 'openFile').mockResolvedValue({ opened: true, name, text })
  render(<BackupSettings />)
  await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
  if (secret !== undefined) {
    await userEvent.type(await screen.findByLabelText('Backup passphrase'), secret)
    await userEvent.click(screen.getByRole('button', { name: 'Open backup' }))
  }
  const preview = await screen.findByRole('region', { name: `Restore from ${name}` })
  await userEvent.click(within(preview).getByRole('button', { name: 'Merge into my journal' }))
  expect(await screen.findByText(new RegExp(`Restored from ${name}`))).toBeInTheDocument()
}

function fakeFolder() {
  const written: string[] = []
  const backups: NonNullable<Platform['backups']> = {
    write: vi.fn(async (json: string, entryCount: number) => {
      written.push(json)
      return { name: 'x.json', createdAt: new Date().toISOString(), entryCount, bytes: 1 }
    }),
    list: vi.fn(async () => ({ folder: '/backups', backups: [] })),
    read: vi.fn(async () => ''),
    chooseFolder: vi.fn(async () => null),
    onQuitRequest: () => () => {},
    declineQuit: vi.fn(async () => {}),
  }
  return { backups, written }
}

const original = { backups: platform.backups, kind: platform.kind }

beforeEach(async () => {
  endSession()
  setVaultStatus('unknown')
  localStorage.clear()
  await db.delete()
  await db.open()
  await addEntries([...fixtureJournal.slice(0, 6), marked])
})

afterEach(() => {
  Object.assign(platform, original)
  endSession()
  setVaultStatus('unknown')
  vi.restoreAllMocks()
})

describe('backups of an encrypted journal', { timeout: 60_000 }, () => {
  it('export an encrypted file that restores with the passphrase, then into a plain journal', async () => {
    await encrypt()
    const text = await exportedText()
    expect(isSealedBackupText(text)).toBe(true)
    expect(text).not.toContain(MARKER)

    // Back into the same, encrypted journal: nothing new, nothing lost.
    await restoreInSettings('mine.json', text, PASSPHRASE)
    expect((await getEntry('marked-entry'))?.title).toBe(marked.title)

    // Into a plain journal that lost an entry: it comes back, stored in clear.
    await turnOffEncryption(PASSPHRASE)
    await db.entries.delete('marked-entry')
    cleanup()
    await restoreInSettings('mine.json', text, RECOVERY)
    expect(useVault.getState().status).toBe('plain')
    expect((await getEntry('marked-entry'))?.title).toBe(marked.title)
    expect(await dumpDatabaseText()).toContain(MARKER)
  })

  it('a plain backup restores into an encrypted journal and is stored sealed', async () => {
    const plain = serializeBackup(await buildBackup({ appVersion: '1.0.0' }))
    expect(isSealedBackupText(plain)).toBe(false)
    await db.entries.delete('marked-entry')
    await encrypt()
    await restoreInSettings('plain.json', plain)
    expect(screen.queryByLabelText('Backup passphrase')).toBeNull()
    expect((await getEntry('marked-entry'))?.title).toBe(marked.title)
    expect(await dumpDatabaseText()).not.toContain(MARKER)
  })

  it('the folder backups are encrypted too', async () => {
    await encrypt()
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    const info = await writeFolderBackup('manual')
    expect(info).toMatchObject({ encrypted: true, entryCount: 7 })
    expect(isSealedBackupText(folder.written[0]!)).toBe(true)
    expect(folder.written[0]).not.toContain(MARKER)
  })
})

describe('a locked journal', { timeout: 60_000 }, () => {
  it('exports nothing', async () => {
    await encrypt()
    lock()
    const save = vi.spyOn(platform, 'saveFile')
    await expect(exportBackupToFile()).rejects.toBeInstanceOf(VaultLockedError)
    expect(save).not.toHaveBeenCalled()
  })

  it('writes no folder backup, and never a plain one', async () => {
    await encrypt()
    lock()
    const folder = fakeFolder()
    Object.assign(platform, { kind: 'desktop', backups: folder.backups })
    expect(await ensureDailyBackup()).toBe(false)
    await expect(writeFolderBackup('quit')).rejects.toBeInstanceOf(VaultLockedError)
    expect(folder.written).toEqual([])
  })
})
