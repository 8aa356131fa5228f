// Encryption at rest through the data layer: what reaches IndexedDB and localStorage,
// locking and unlocking, tampering, and switching on and off in one transaction.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DBCore } from 'dexie'
import { openSealedBackupText } from '../../../../shared/crypto'
import { promotionNarrativeKey, type Entry } from '../../../../shared/entry'
import { db } from '../../../../renderer/src/data/db'
import { dumpDatabaseText } from '../../../../renderer/src/data/dump'
import {
  clearDraft,
  readDraft,
  writeDraft,
  type EntryForm,
} from '../../../../renderer/src/data/drafts'
import {
  addEntries,
  getEntry,
  readAllEntries,
  saveEntry,
  trashEntries,
} from '../../../../renderer/src/data/entries'
import { getSettings, updateSettings } from '../../../../renderer/src/data/settings'
import {
  deleteNarrative,
  getNarrative,
  saveNarrative,
} from '../../../../renderer/src/data/narratives'
import {
  changePassphrase,
  lock,
  sealBackupIfEncrypted,
  turnOffEncryption,
  turnOnEncryption,
  unlock,
  unlockWaitMs,
  useVault,
  VaultLockedError,
} from '../../../../renderer/src/data/vault'
import { endSession } from '../../../../renderer/src/data/vault/session'
import { setVaultStatus } from '../../../../renderer/src/data/vault/vaultStore'
import { fixtureJournal } from '../../../fixtures/journal'

const PASSPHRASE = 'tangerine orbit lantern 42'
const RECOVERY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'
/** Cheap Argon2id: these tests are about the data layer, the parameters are pinned elsewhere. */
const FAST = { kdf: { memoryKiB: 1024, passes: 1 } }
const MARKER = 'zebracorn'

const marked: Entry = {
  ...fixtureJournal[0]!,
  id: 'marked-entry',
  title: `Ran the ${MARKER} retrospective`,
  notes: `Notes about ${MARKER}`,
  tags: [MARKER],
}

async function encrypt(): Promise<void> {
  await turnOnEncryption(PASSPHRASE, RECOVERY, undefined, FAST)
}

async function rawStorageText(): Promise<string> {
  return (await dumpDatabaseText()) + JSON.stringify({ ...localStorage })
}

beforeEach(async () => {
  endSession()
  setVaultStatus('unknown')
  localStorage.clear()
  await db.delete()
  await db.open()
  await addEntries([...fixtureJournal.slice(0, 6), marked])
  await updateSettings({ targetRole: 'director-ops' })
})

afterEach(() => {
  endSession()
  setVaultStatus('unknown')
})

describe('turning encryption on', () => {
  it('leaves nothing a person wrote in clear, and reads back the same journal', async () => {
    const before = await readAllEntries()
    expect(await rawStorageText()).toContain(MARKER)
    await encrypt()
    expect(useVault.getState().status).toBe('unlocked')
    const text = await rawStorageText()
    expect(text).not.toContain(MARKER)
    expect(text).not.toContain(fixtureJournal[0]!.title)
    expect(await readAllEntries()).toEqual(before)
    expect((await getSettings()).targetRole).toBe('director-ops')
    // New writes are sealed too.
    await saveEntry({ ...marked, id: 'second', title: `Second ${MARKER}` })
    expect(await rawStorageText()).not.toContain(MARKER)
    expect((await getEntry('second'))?.title).toBe(`Second ${MARKER}`)
  })

  it("stores a promotion case's own words under an opaque key that names no role", async () => {
    await encrypt()
    const key = promotionNarrativeKey('it-director')
    await saveNarrative({ key, document: 'promotion', role: 'it-director', summary: MARKER })
    const text = await rawStorageText()
    expect(text).not.toContain('it-director')
    expect(text).not.toContain(MARKER)
    expect((await getNarrative(key))?.summary).toBe(MARKER)
    lock()
    await unlock(PASSPHRASE)
    expect((await getNarrative(key))?.summary).toBe(MARKER)
    await deleteNarrative(key)
    expect(await getNarrative(key)).toBeNull()
    // Switched off, the row is stored under its own key again.
    await saveNarrative({ key, document: 'promotion', role: 'it-director', summary: MARKER })
    await turnOffEncryption(PASSPHRASE)
    expect(await db.narratives.get(key)).toMatchObject({ summary: MARKER })
  })

  it('seals the draft in localStorage and keeps it across a lock', async () => {
    await encrypt()
    const form = { title: `Draft ${MARKER}` } as unknown as EntryForm
    expect(writeDraft(form)).toBe(true)
    expect(readDraft()?.form.title).toBe(`Draft ${MARKER}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(JSON.stringify({ ...localStorage })).not.toContain(MARKER)
    lock()
    expect(readDraft()).toBeNull()
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true })
    clearDraft()
    expect(readDraft()).toBeNull()
  })

  it('refuses when another window switched encryption on meanwhile', async () => {
    await readAllEntries() // this window has seen the journal plain
    expect(useVault.getState().status).toBe('plain')
    await db.vault.put({ key: 'keyring', createdAt: '2026-11-30T10:00:00.000Z' } as never)
    await expect(encrypt()).rejects.toThrow(/another Leadlog window/)
    expect((await getEntry('marked-entry'))?.title).toContain(MARKER)
  })

  it('an interruption halfway leaves the journal wholly plain', async () => {
    const before = await dumpDatabaseText()
    let puts = 0
    const failHalfway = {
      stack: 'dbcore' as const,
      name: 'fail-halfway',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (request) => {
              if (request.type === 'put' && ++puts === 3) throw new Error('power cut')
              return table.mutate(request)
            },
          }
        },
      }),
    }
    db.close()
    db.use(failHalfway)
    await db.open()
    try {
      await expect(encrypt()).rejects.toThrow(/Nothing was changed/)
    } finally {
      db.close()
      db.unuse(failHalfway)
      await db.open()
    }
    expect(useVault.getState().status).toBe('plain')
    expect(await dumpDatabaseText()).toBe(before)
    expect((await readAllEntries()).length).toBe(7)
  })
})

describe('a locked journal', () => {
  it('refuses reads and writes until unlocked, with either secret', async () => {
    await encrypt()
    lock()
    expect(useVault.getState().status).toBe('locked')
    await expect(getEntry('marked-entry')).rejects.toBeInstanceOf(VaultLockedError)
    await expect(saveEntry({ ...marked, id: 'x' })).rejects.toThrow(/locked/)
    expect(await sealBackupIfEncrypted('{}').catch((e: Error) => e.name)).toBe('VaultLockedError')

    expect(await unlock('not the passphrase')).toMatchObject({ ok: false, reason: 'wrong' })
    expect(useVault.getState().status).toBe('locked')
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true })
    expect((await getEntry('marked-entry'))?.title).toContain(MARKER)
    lock()
    expect(await unlock(RECOVERY.toLowerCase().replaceAll('-', ' '))).toEqual({ ok: true })
    expect((await getEntry('marked-entry'))?.title).toContain(MARKER)
  })

  it('a lock asked for during a change waits until the change is written', async () => {
    await encrypt()
    const saving = saveEntry({ ...marked, id: 'during-lock', title: 'Saved while locking' })
    lock()
    // The lock screen shows at once; the key goes when the save is written.
    expect(useVault.getState().status).toBe('locking')
    await saving
    await vi.waitFor(() => expect(useVault.getState().status).toBe('locked'))
    await unlock(PASSPHRASE)
    expect((await getEntry('during-lock'))?.title).toBe('Saved while locking')
  })

  it('slows down after three wrong tries in a row, and a clock set back does not stretch it', async () => {
    await encrypt()
    lock()
    for (let i = 0; i < 3; i++) await unlock(`wrong ${i}`)
    const next = await unlock(PASSPHRASE)
    expect(next).toMatchObject({ ok: false, reason: 'wait' })
    expect(useVault.getState().status).toBe('locked')
    expect(unlockWaitMs(Date.now() - 86_400_000)).toBeLessThanOrEqual(5000)
  })

  it('a changed passphrase replaces the old one; the recovery key still opens', async () => {
    await encrypt()
    await expect(changePassphrase('wrong', 'a new long passphrase 7')).rejects.toThrow(/not right/)
    await changePassphrase(PASSPHRASE, 'a new long passphrase 7')
    // The session goes on with the same keys: entries open, backups open with the new one.
    expect((await getEntry('marked-entry'))?.title).toContain(MARKER)
    const backup = await sealBackupIfEncrypted(MARKER)
    expect(await openSealedBackupText(backup.text, 'a new long passphrase 7')).toBe(MARKER)
    lock()
    expect(await unlock(PASSPHRASE)).toMatchObject({ ok: false })
    localStorage.clear()
    expect(await unlock('a new long passphrase 7')).toEqual({ ok: true })
    lock()
    expect(await unlock(RECOVERY)).toEqual({ ok: true })
  })
})

describe('tampering', () => {
  it('one changed record is named and left as it is; every other record opens', async () => {
    await encrypt()
    const row = (await db.entries.get('marked-entry')) as unknown as {
      sealed: { ct: Uint8Array }
    }
    row.sealed.ct[5]! ^= 1
    await db.entries.put(row as unknown as Entry)
    lock()
    expect(await unlock(PASSPHRASE)).toEqual({ ok: true })

    const entries = await readAllEntries()
    expect(entries.map((e) => e.id)).not.toContain('marked-entry')
    expect(entries).toHaveLength(6)
    expect(useVault.getState().unreadable.entries).toEqual([
      { table: 'entries', id: 'marked-entry', label: 'the leadership moment of 20 Jan 2026' },
    ])
    expect(await db.entries.get('marked-entry')).toEqual(row)
    // Turning encryption off would lose it, so it is refused and nothing changes.
    await expect(turnOffEncryption(PASSPHRASE)).rejects.toThrow(/cannot be opened/)
    expect(useVault.getState().status).toBe('unlocked')
  })

  it('a record moved onto another id does not open', async () => {
    await encrypt()
    const source = (await db.entries.get('marked-entry')) as unknown as { sealed: unknown }
    const target = (await db.entries.get(fixtureJournal[1]!.id)) as unknown as object
    await db.entries.put({ ...target, sealed: source.sealed } as unknown as Entry)
    lock()
    await unlock(PASSPHRASE)
    const ids = (await readAllEntries()).map((e) => e.id)
    expect(ids).toContain('marked-entry')
    expect(ids).not.toContain(fixtureJournal[1]!.id)
  })
})

describe('turning encryption off and backups', () => {
  it('off brings back exactly the plain journal, after the passphrase is confirmed', async () => {
    await trashEntries([fixtureJournal[2]!.id])
    const before = await dumpDatabaseText()
    await encrypt()
    await expect(turnOffEncryption('wrong')).rejects.toThrow(/not right/)
    await turnOffEncryption(PASSPHRASE)
    expect(useVault.getState().status).toBe('plain')
    expect(await dumpDatabaseText()).toBe(before)
  })

  it('backups of an encrypted journal are sealed and open with the passphrase', async () => {
    await encrypt()
    const plain = JSON.stringify({ note: MARKER })
    const { text, encrypted } = await sealBackupIfEncrypted(plain)
    expect(encrypted).toBe(true)
    expect(text).not.toContain(MARKER)
    expect(await openSealedBackupText(text, PASSPHRASE)).toBe(plain)
    expect(await openSealedBackupText(text, RECOVERY)).toBe(plain)
  })
})
