// Restoring an encrypted backup, as a user does it: the panel asks for the passphrase
// first, a wrong one (or a changed file) is refused in plain words with the journal
// untouched, and the right one (or the recovery key) goes on to the usual check and
// preview. The files are real encrypted backups, sealed with small Argon2 settings.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { serializeBackup, type Backup } from '../../../../shared/backup'
import {
  createKeyring,
  generateRecoveryKey,
  randomKeyBytes,
  sealBackupText,
} from '../../../../shared/crypto'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import { platform } from '../../../../renderer/src/platform'
import { BackupSettings } from '../../../../renderer/src/features/backup/BackupSettings'
import * as opener from '../../../../renderer/src/features/backup/openSealedBackupOffThread'
import { fixtureJournal } from '../../../fixtures/journal'
import { fill } from './helpers'

// The real opener, wrapped so one test can hold it while "Opening…" is on screen.
vi.mock('../../../../renderer/src/features/backup/openSealedBackupOffThread', async (original) => {
  const real = await original<typeof opener>()
  return { ...real, openSealedBackupOffThread: vi.fn(real.openSealedBackupOffThread) }
})

configure({ asyncUtilTimeout: 10_000 })

const PASSPHRASE = 'correct horse battery staple'
const RECOVERY_KEY = generateRecoveryKey()
const WRONG =
  'The passphrase or recovery key does not open this backup, or the file was changed after it was written.'

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

const plainText = serializeBackup(validBackup())
let sealedText = ''

beforeAll(async () => {
  const keyBytes = randomKeyBytes()
  const keyring = await createKeyring(
    keyBytes,
    { passphrase: PASSPHRASE, recoveryKey: RECOVERY_KEY },
    { kdf: { memoryKiB: 64, passes: 1 } },
  )
  sealedText = await sealBackupText(keyBytes, keyring, plainText)
})

beforeEach(async () => {
  await db.transaction('rw', db.entries, db.settings, db.bulletEdits, async () => {
    await Promise.all([db.entries.clear(), db.settings.clear(), db.bulletEdits.clear()])
  })
  vi.mocked(opener.openSealedBackupOffThread).mockClear()
  // The local journal: the first ten fixture entries.
  await fill(db, structuredClone(fixtureJournal.slice(0, 10)))
})

afterEach(() => vi.restoreAllMocks())

function offer(name: string, text: string) {
  return vi.spyOn(platform, 'openFile').mockResolvedValue({ opened: true, name, text })
}

async function chooseFile() {
  render(<BackupSettings />)
  await userEvent.click(screen.getByRole('button', { name: 'Restore from a file…' }))
}

async function tryPassphrase(secret: string) {
  const field = await screen.findByLabelText('Backup passphrase')
  await userEvent.type(field, secret)
  await userEvent.click(screen.getByRole('button', { name: 'Open backup' }))
}

describe('restoring an encrypted backup', { timeout: 30_000 }, () => {
  it('is a real encrypted file: nothing of the journal can be read in it', () => {
    expect(JSON.parse(sealedText)).toMatchObject({ format: 'leadlog-encrypted-backup' })
    expect(sealedText).not.toContain(fixtureJournal[0]!.title)
  })

  it('asks for the passphrase before anything is checked, with the field focused', async () => {
    offer('leadlog-backup.json', sealedText)
    await chooseFile()
    const form = await screen.findByRole('form', { name: 'Restore from leadlog-backup.json' })
    expect(form).toHaveTextContent(
      'This backup is encrypted. Type the passphrase or recovery key it was made with.',
    )
    const field = within(form).getByLabelText('Backup passphrase')
    expect(field).toHaveAttribute('type', 'password')
    expect(field).toHaveFocus()
    expect(within(form).getByRole('button', { name: 'Open backup' })).toBeDisabled()
    expect(screen.queryByRole('region', { name: /^Restore from/ })).toBeNull()
  })

  it('refuses a wrong passphrase in plain words, restores nothing, and lets the user try again', async () => {
    const before = await dumpDatabaseText()
    offer('leadlog-backup.json', sealedText)
    await chooseFile()
    await tryPassphrase('not the passphrase')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(WRONG)
    expect(alert).toHaveTextContent('Your journal was not changed.')
    expect(await dumpDatabaseText()).toBe(before)
    // The form stays, empty and ready for the next try.
    const field = screen.getByLabelText('Backup passphrase')
    expect(field).toHaveValue('')
    expect(field).toHaveFocus()

    await tryPassphrase(PASSPHRASE)
    const preview = await screen.findByRole('region', { name: 'Restore from leadlog-backup.json' })
    expect(within(preview).getByRole('row', { name: /^New/ })).toHaveTextContent(
      `New${fixtureJournal.length - 10}`,
    )
    expect(screen.queryByLabelText('Backup passphrase')).toBeNull()
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('the right passphrase reaches the preview, and the merge restores the backup', async () => {
    offer('leadlog-backup.json', sealedText)
    await chooseFile()
    await tryPassphrase(PASSPHRASE)
    const preview = await screen.findByRole('region', { name: 'Restore from leadlog-backup.json' })
    await userEvent.click(within(preview).getByRole('button', { name: 'Merge into my journal' }))
    expect(await screen.findByText(/Restored from leadlog-backup\.json\./)).toBeInTheDocument()
    expect(await db.entries.count()).toBe(fixtureJournal.length)
    // This journal is plain: the panel says the backup's protection did not come along.
    expect(
      screen.getByText(/The backup was encrypted; the journal on this computer is not\./),
    ).toBeInTheDocument()
  })

  it('the recovery key opens it too, typed in lower case', async () => {
    offer('leadlog-backup.json', sealedText)
    await chooseFile()
    await tryPassphrase(RECOVERY_KEY.toLowerCase())
    expect(
      await screen.findByRole('region', { name: 'Restore from leadlog-backup.json' }),
    ).toBeInTheDocument()
  })

  it('shows "Opening…" while the passphrase is checked, with the form held', async () => {
    let release: () => void = () => {}
    vi.mocked(opener.openSealedBackupOffThread).mockImplementationOnce(
      (text, secret) =>
        new Promise((resolve, reject) => {
          release = () =>
            opener.openSealedReply({ text, secret }).then((reply) => {
              if (reply.kind === 'opened') resolve(reply.text)
              else reject(new Error(reply.message))
            })
        }),
    )
    offer('leadlog-backup.json', sealedText)
    await chooseFile()
    await tryPassphrase(PASSPHRASE)
    expect(await screen.findByText('Opening leadlog-backup.json…')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open backup' })).toBeDisabled()
    expect(screen.getByLabelText('Backup passphrase')).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Restore from a file…' })).toBeDisabled()
    release()
    expect(
      await screen.findByRole('region', { name: 'Restore from leadlog-backup.json' }),
    ).toBeInTheDocument()
  })

  it('refuses a file changed after it was written, and Cancel closes it with nothing changed', async () => {
    const before = await dumpDatabaseText()
    const file = JSON.parse(sealedText) as { ciphertext: string }
    const flipped = file.ciphertext.startsWith('A') ? 'B' : 'A'
    const tampered = JSON.stringify({ ...file, ciphertext: flipped + file.ciphertext.slice(1) })
    offer('changed.json', tampered)
    await chooseFile()
    await tryPassphrase(PASSPHRASE)
    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('form')).toBeNull()
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('says what is wrong with a damaged encrypted file', async () => {
    const file = JSON.parse(sealedText) as Record<string, unknown>
    const damaged = JSON.stringify({ ...file, iv: 'not base64!' })
    offer('damaged.json', damaged)
    await chooseFile()
    await tryPassphrase(PASSPHRASE)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^This encrypted backup is damaged: iv /,
    )
  })

  it('a plain backup never asks for a passphrase', async () => {
    offer('plain.json', plainText)
    await chooseFile()
    expect(
      await screen.findByRole('region', { name: 'Restore from plain.json' }),
    ).toBeInTheDocument()
    expect(screen.queryByLabelText('Backup passphrase')).toBeNull()
    expect(opener.openSealedBackupOffThread).not.toHaveBeenCalled()
  })

  it('an encrypted backup from the desktop folder asks for its passphrase too', async () => {
    const original = platform.backups
    platform.backups = {
      write: vi.fn(),
      list: vi.fn(async () => ({
        folder: '/backups',
        backups: [
          { name: 'daily.json', createdAt: '2026-11-20T08:00:00.000Z', entryCount: 16, bytes: 1 },
        ],
      })),
      read: vi.fn(async () => sealedText),
      chooseFolder: vi.fn(),
      onQuitRequest: () => () => {},
      declineQuit: vi.fn(async () => {}),
    }
    try {
      render(<BackupSettings />)
      await userEvent.click(await screen.findByRole('button', { name: /^Restore the backup of / }))
      await tryPassphrase(PASSPHRASE)
      const preview = await screen.findByRole('region', { name: /^Restore from the backup of / })
      expect(within(preview).getByRole('row', { name: /^New/ })).toHaveTextContent(
        `New${fixtureJournal.length - 10}`,
      )
    } finally {
      platform.backups = original
    }
  })
})
