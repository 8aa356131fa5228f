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
import { deriveNameKey } from './recordNames'
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
  const wait = waitAfterFailures(count)
  // A clock set back must not stretch the wait: never longer than the wait itself.
  return Math.min(wait, Math.max(0, Math.min(at, now) + wait - now))
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
  const nameKey = await deriveNameKey(dataKeyBytes)
  startSession({ dataKey, nameKey, dataKeyBytes, backupKeyBytes, vault })
  await openDraftForSession()
  setVaultStatus('unlocked')
  // Queued behind whatever is running; a trash that cannot be emptied now is emptied next time.
  void purgeOldTrash().catch(() => 0)
}

/**
 * Tries the passphrase or the recovery key (told apart by their shape). Queued like a write,
 * so a lock still waiting for a save to finish cannot take the keys of this unlock.
 */
export function unlock(secret: string): Promise<UnlockResult> {
  return exclusive(() => tryUnlock(secret))
}

async function tryUnlock(secret: string): Promise<UnlockResult> {
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
  const status = useVault.getState().status
  if (status !== 'unlocked' && status !== 'locking') return
  endSession()
  setVaultStatus('locked')
}

/**
 * Drops the keys: only the lock screen shows until the journal is unlocked again. The lock
 * screen shows at once; the keys go at once when nothing is being written, otherwise as
 * soon as the change in progress (a save, a new passphrase, switching encryption off) is
 * done, so none is left half written.
 */
export function lock(): void {
  if (useVault.getState().status !== 'unlocked') return
  if (queueIsIdle()) return lockNow()
  setVaultStatus('locking')
  void exclusive(async () => lockNow())
}

/** A keychain that does not answer (a prompt left open) must not hold the start forever. */
const RECALL_TIMEOUT_MS = 10_000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      () => {
        clearTimeout(timer)
        resolve(null)
      },
    )
  })
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
    // Emptying old trash is housekeeping: a failure must not stop the journal opening.
    await purgeOldTrash().catch(() => 0)
    return
  }
  setVaultStatus('locked')
  const keyStore = platform.keyStore
  const remembered = keyStore ? await withTimeout(keyStore.recall(), RECALL_TIMEOUT_MS) : null
  const bytes = remembered ? keyFromBase64(remembered) : null
  if (!bytes) return
  try {
    await openSession(vault, bytes)
  } catch {
    await keyStore?.forget().catch(() => undefined)
  }
}
