// The keys of an unlocked journal, held only in this module's memory. Locking drops
// them and wipes the raw bytes, so no copy waits for the garbage collector.
import type { VaultRow } from '../db'

export interface SessionKeys {
  dataKey: CryptoKey
  /** Names records whose key would say something in clear (see recordNames.ts). */
  nameKey: CryptoKey
  /** Kept to remember the key on this computer (safeStorage) without the passphrase. */
  dataKeyBytes: Uint8Array
  backupKeyBytes: Uint8Array
  vault: VaultRow
}

let session: SessionKeys | null = null
const endListeners = new Set<() => void>()

export function currentSession(): SessionKeys | null {
  return session
}

/** When this journal was encrypted; null when no key is in memory. */
export function encryptedSince(): string | null {
  return session?.vault.createdAt ?? null
}

export function startSession(keys: SessionKeys): void {
  endSession()
  session = keys
}

/** A new keyring for the same keys (a changed passphrase): the session goes on as it is. */
export function replaceSessionVault(vault: VaultRow): void {
  if (session) session = { ...session, vault }
}

export function endSession(): void {
  if (!session) return
  session.dataKeyBytes.fill(0)
  session.backupKeyBytes.fill(0)
  session = null
  for (const listener of endListeners) listener()
}

/** Called when the keys go, to drop anything opened with them (caches, drafts). */
export function onSessionEnd(listener: () => void): () => void {
  endListeners.add(listener)
  return () => endListeners.delete(listener)
}
