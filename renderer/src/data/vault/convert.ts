// Turning encryption on and off. Every row of every table is sealed (or opened) first,
// outside any transaction, because WebCrypto cannot run inside one; then everything is
// written in ONE transaction together with the keyring (or its removal). IndexedDB
// commits that transaction whole or not at all, so an interruption leaves the journal
// wholly plain or wholly sealed, never mixed. Every other write waits (writeLock.ts).
import {
  createKeyring,
  importAesKey,
  randomKeyBytes,
  sealValue,
  unlockKeyring,
  type KdfOverrides,
} from '../../../../shared/crypto'
import { platform } from '../../platform'
import { db, VAULT_KEY, type VaultRow } from '../db'
import { resealDraft } from '../drafts'
import { isQuotaError } from '../writeErrors'
import { openRow, PRIMARY_KEY, sealRow, type TableName } from './codec'
import { announceVaultChange } from './broadcast'
import { deriveOffThread } from './deriveOffThread'
import { VaultError } from './errors'
import { keyToList } from './keyBytes'
import { deriveNameKey } from './recordNames'
import { BACKUP_KEY_AAD } from './names'
import { currentSession, endSession, startSession } from './session'
import { setVaultStatus, useVault } from './vaultStore'
import { exclusive } from './writeLock'

const TABLES: readonly TableName[] = ['entries', 'settings', 'bulletEdits', 'narratives']

export interface ConvertProgress {
  /** What is happening, for the progress line. */
  step: string
  done: number
  total: number
}
type OnProgress = (progress: ConvertProgress) => void

type Rows = Record<TableName, object[]>

async function readEverything(): Promise<Rows> {
  return db.transaction('r', [db.entries, db.settings, db.bulletEdits, db.narratives], async () => {
    const rows = {} as Rows
    for (const table of TABLES) rows[table] = await db.table(table).toArray()
    return rows
  })
}

/** Seals or opens every row, reporting progress every few hundred rows. */
async function convertRows(
  rows: Rows,
  convert: (table: TableName, row: object) => Promise<object>,
  step: string,
  onProgress?: OnProgress,
): Promise<Rows> {
  const total = TABLES.reduce((n, table) => n + rows[table].length, 0)
  const out = {} as Rows
  let done = 0
  for (const table of TABLES) {
    out[table] = []
    for (let start = 0; start < rows[table].length; start += 500) {
      const chunk = rows[table].slice(start, start + 500)
      out[table].push(...(await Promise.all(chunk.map((row) => convert(table, row)))))
      done += chunk.length
      onProgress?.({ step, done, total })
    }
  }
  return out
}

/**
 * Replaces every table's rows and the keyring in one transaction. `expected` is the vault
 * row this window knows (null: none); another window that changed it meanwhile stops this.
 */
async function writeEverything(
  rows: Rows,
  vault: VaultRow | null,
  expected: VaultRow | null,
): Promise<void> {
  try {
    await db.transaction(
      'rw',
      [db.entries, db.settings, db.bulletEdits, db.narratives, db.vault],
      async () => {
        const stored = await db.vault.get(VAULT_KEY)
        if ((stored?.createdAt ?? null) !== (expected?.createdAt ?? null)) {
          throw new VaultError(
            'Encryption was switched in another Leadlog window. Nothing was changed here; reload this window.',
          )
        }
        for (const table of TABLES) {
          await db.table(table).clear()
          await db.table(table).bulkPut(rows[table])
        }
        if (vault) await db.vault.put(vault)
        else await db.vault.clear()
      },
    )
  } catch (error) {
    if (error instanceof VaultError) throw error
    const cause = isQuotaError(error) ? 'the disk is full' : (error as Error).message
    throw new VaultError(`Nothing was changed: ${cause}. Your journal is exactly as it was.`, {
      cause: error,
    })
  }
}

/**
 * Seals the whole journal with a new data key, wrapped by the passphrase and the recovery
 * key. The journal stays unlocked afterwards.
 */
export function turnOnEncryption(
  passphrase: string,
  recoveryKey: string,
  onProgress?: OnProgress,
  /** Tests only: cheaper Argon2id, so a suite can switch encryption on many times. */
  { kdf }: { kdf?: KdfOverrides } = {},
): Promise<void> {
  return exclusive(async () => {
    if (useVault.getState().status !== 'plain') throw new VaultError('Encryption is already on.')
    onProgress?.({ step: 'Making your keys', done: 0, total: 1 })
    const secrets = { passphrase, recoveryKey }
    const dataKeyBytes = randomKeyBytes()
    const backupKeyBytes = randomKeyBytes()
    const options = { derive: deriveOffThread, kdf }
    const journal = await createKeyring(dataKeyBytes, secrets, options)
    const backupKeyring = await createKeyring(backupKeyBytes, secrets, options)
    const dataKey = await importAesKey(dataKeyBytes)
    const nameKey = await deriveNameKey(dataKeyBytes)
    const vault: VaultRow = {
      key: VAULT_KEY,
      journal,
      backup: {
        keyring: backupKeyring,
        key: await sealValue(dataKey, keyToList(backupKeyBytes), BACKUP_KEY_AAD),
      },
      createdAt: new Date().toISOString(),
    }
    const plain = await readEverything()
    const sealed = await convertRows(
      plain,
      (table, row) => sealRow(table, row, { dataKey, nameKey }),
      'Encrypting',
      onProgress,
    )
    await writeEverything(sealed, vault, null)
    startSession({ dataKey, nameKey, dataKeyBytes, backupKeyBytes, vault })
    setVaultStatus('unlocked')
    await resealDraft()
    announceVaultChange()
  })
}

/** Checks the passphrase (or recovery key) against the journal's keyring. */
export async function confirmSecret(secret: string): Promise<void> {
  const session = currentSession()
  if (!session) throw new VaultError('Unlock your journal first.')
  const bytes = await unlockKeyring(session.vault.journal, secret, { derive: deriveOffThread })
  if (!bytes)
    throw new VaultError('That passphrase or recovery key is not right. Nothing was changed.')
  bytes.fill(0)
}

/**
 * Stores the whole journal in clear again, after the passphrase (or the recovery key)
 * is confirmed. Refused while any record cannot be opened: it would be lost.
 */
export function turnOffEncryption(secret: string, onProgress?: OnProgress): Promise<void> {
  return exclusive(async () => {
    await confirmSecret(secret)
    const session = currentSession()!
    const sealed = await readEverything()
    const broken: string[] = []
    const plain = await convertRows(
      sealed,
      (table, row) =>
        openRow(table, row, session.dataKey).catch(() => {
          broken.push(`${table}/${String((row as Record<string, unknown>)[PRIMARY_KEY[table]])}`)
          return row
        }),
      'Decrypting',
      onProgress,
    )
    if (broken.length) {
      throw new VaultError(
        `Encryption stays on: ${broken.length === 1 ? 'one record cannot be opened (it was' : `${broken.length} records cannot be opened (they were`} changed outside Leadlog), and turning it off would lose ${broken.length === 1 ? 'it' : 'them'}. Nothing was changed.`,
      )
    }
    await writeEverything(plain, null, session.vault)
    await platform.keyStore?.forget().catch(() => undefined)
    await resealDraft({ plain: true })
    endSession()
    setVaultStatus('plain')
    announceVaultChange()
  })
}
