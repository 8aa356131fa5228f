// Opening an encrypted journal: with the passphrase or the recovery key typed on the
// lock screen, or with the key this computer remembers (see remember.ts). A wrong
// secret changes nothing; after three in a row each try waits longer (5 s, 10 s, 20 s …
// up to 5 minutes), counted in localStorage so a reload does not reset it.
import { z } from 'zod'
import { importAesKey, openValue, unlockKeyring } from '../../../../shared/crypto'
import { platform } from '../../platform'
import { db, VAULT_KEY, type VaultRow } from '../db'
import { openDraftForSession } from '../drafts'
import { purgeOldTrash } from '../entries'
import { deriveOffThread } from './deriveOffThread'
import { keyFromBase64, keyFromList } from './keyBytes'
import { BACKUP_KEY_AAD } from './names'
import { endSession, startSession } from './session'
import { setVaultStatus, useVault } from './vaultStore'
import { exclusive, queueIsIdle } from './writeLock'

const FAILURES_KEY = 'leadlog.unlock.failures'
const FREE_TRIES = 3
const MAX_WAIT_MS = 5 * 60_000

const failuresSchema = z.object({ count: z.number().int().min(0), at: z.number() })
type Failures = z.infer<typeof failuresSchema>

function readFailures(): Failures {
  try {
    const parsed = failuresSchema.safeParse(JSON.parse(localStorage.getItem(FAILURES_KEY) ?? ''))
    return parsed.success ? parsed.data : { count: 0, at: 0 }
  } catch {
    return { count: 0, at: 0 }
  }
}

function writeFailures(failures: Failures | null): void {
  try {
    if (failures) localStorage.setItem(FAILURES_KEY, JSON.stringify(failures))
    else localStorage.removeItem(FAILURES_KEY)
  } catch {
    // Storage disabled: the wait then lasts only as long as this page.
  }
}

/** How long a try must wait after `count` wrong ones in a row. */
export function waitAfterFailures(count: number): number {
  return count < FREE_TRIES ? 0 : Math.min(5000 * 2 ** (count - FREE_TRIES), MAX_WAIT_MS)
}

/** Milliseconds until the next try is allowed; 0 when it is now. */
export function unlockWaitMs(now = Date.now()): number {
  const { count, at } = readFailures()
  return Math.max(0, at + waitAfterFailures(count) - now)
}

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; waitMs: number }
  | { ok: false; reason: 'wait'; waitMs: number }

/** Puts the keys in memory and shows the journal. Throws when the key does not fit. */
export async function openSession(vault: VaultRow, dataKeyBytes: Uint8Array): Promise<void> {
  const dataKey = await importAesKey(dataKeyBytes)
  // Opening the backup key proves the data key is this journal's before anything is shown.
  const backupKeyBytes = keyFromList(await openValue(dataKey, vault.backup.key, BACKUP_KEY_AAD))
  startSession({ dataKey, dataKeyBytes, backupKeyBytes, vault })
  await openDraftForSession()
  setVaultStatus('unlocked')
  await purgeOldTrash().catch(() => 0)
}

/** Tries the passphrase or the recovery key (told apart by their shape). */
export async function unlock(secret: string): Promise<UnlockResult> {
  const waitMs = unlockWaitMs()
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs }
  const vault = await db.vault.get(VAULT_KEY)
  if (!vault) {
    setVaultStatus('plain')
    return { ok: true }
  }
  const bytes = await unlockKeyring(vault.journal, secret, { derive: deriveOffThread })
  if (!bytes) {
    writeFailures({ count: readFailures().count + 1, at: Date.now() })
    return { ok: false, reason: 'wrong', waitMs: unlockWaitMs() }
  }
  writeFailures(null)
  await openSession(vault, bytes)
  return { ok: true }
}

function lockNow(): void {
  if (useVault.getState().status !== 'unlocked') return
  endSession()
  setVaultStatus('locked')
}

/**
 * Drops the keys: only the lock screen shows until the journal is unlocked again. At once
 * when nothing is being written; otherwise as soon as the change in progress (a save, a new
 * passphrase, switching encryption off) is done, so none is left half written.
 */
export function lock(): void {
  if (queueIsIdle()) lockNow()
  else void exclusive(async () => lockNow())
}

/**
 * At start: plain, or locked, or unlocked at once with the key this computer remembers.
 * A remembered key that no longer fits (the journal was re-keyed) is forgotten.
 */
export async function openVault(): Promise<void> {
  if (useVault.getState().status === 'unlocked') return
  const vault = await db.vault.get(VAULT_KEY)
  if (!vault) {
    setVaultStatus('plain')
    await purgeOldTrash()
    return
  }
  setVaultStatus('locked')
  const keyStore = platform.keyStore
  const remembered = keyStore ? await keyStore.recall().catch(() => null) : null
  const bytes = remembered ? keyFromBase64(remembered) : null
  if (!bytes) return
  try {
    await openSession(vault, bytes)
  } catch {
    await keyStore?.forget().catch(() => undefined)
  }
}
