// "Unlock automatically on this computer": the data key wrapped by the operating
// system's keychain through Electron's safeStorage, kept by the main process. Where the
// platform has only its plain-text fallback, the key store refuses and says why.
import { platform } from '../../platform'
import { VaultLockedError } from './codec'
import { VaultError } from './errors'
import { keyToBase64 } from './keyBytes'
import { currentSession } from './session'

/** Why this computer cannot remember the key, or null when it can. */
export async function rememberUnavailableReason(): Promise<string | null> {
  const keyStore = platform.keyStore
  if (!keyStore) return 'Only the desktop app can unlock by itself; the browser has no keychain.'
  const availability = await keyStore.availability()
  return availability.available ? null : availability.reason
}

export async function isRememberedOnThisComputer(): Promise<boolean> {
  const remembered = await platform.keyStore?.recall().catch(() => null)
  return typeof remembered === 'string'
}

export async function setRememberOnThisComputer(remember: boolean): Promise<void> {
  const keyStore = platform.keyStore
  if (!remember) {
    await keyStore?.forget()
    return
  }
  const reason = await rememberUnavailableReason()
  if (reason || !keyStore) throw new VaultError(reason ?? 'Not available here.')
  const session = currentSession()
  if (!session) throw new VaultLockedError()
  await keyStore.remember(keyToBase64(session.dataKeyBytes))
}
