// A stand-in for renderer/src/data/vault: the same names, a real store for the status,
// and spies for the actions. Test files load it with
//   vi.mock('../../../../renderer/src/data/vault', () => import('./vaultMock'))
import { vi } from 'vitest'
import { create } from 'zustand'
import type {
  ConvertProgress,
  UnlockResult,
  UnreadableRecord,
  VaultStatus,
} from '../../../../renderer/src/data/vault'

export class VaultError extends Error {
  override name = 'VaultError'
}
export class VaultLockedError extends Error {
  override name = 'VaultLockedError'
}

export const useVault = create<{
  status: VaultStatus
  unreadable: Record<string, UnreadableRecord[]>
}>(() => ({ status: 'unknown', unreadable: {} }))

export function useUnreadableRecords(): UnreadableRecord[] {
  const byTable = useVault((s) => s.unreadable)
  return Object.values(byTable).flat()
}

type OnProgress = (p: ConvertProgress) => void

export const openVault = vi.fn<() => Promise<void>>()
export const unlock = vi.fn<(secret: string) => Promise<UnlockResult>>()
export const unlockWaitMs = vi.fn<() => number>()
export const lock = vi.fn<() => void>()
export const turnOnEncryption =
  vi.fn<(passphrase: string, recoveryKey: string, onProgress?: OnProgress) => Promise<void>>()
export const turnOffEncryption = vi.fn<(secret: string, onProgress?: OnProgress) => Promise<void>>()
export const changePassphrase = vi.fn<(current: string, next: string) => Promise<void>>()
export const rememberUnavailableReason = vi.fn<() => Promise<string | null>>()
export const isRememberedOnThisComputer = vi.fn<() => Promise<boolean>>()
export const setRememberOnThisComputer = vi.fn<(on: boolean) => Promise<void>>()
export const onVaultChangedElsewhere = vi.fn<(handler: () => void) => () => void>(() => () => {})
export const encryptedSince = vi.fn<() => string | null>(() => null)

/** Every spy back to a plain journal's defaults. */
export function resetVault(status: VaultStatus = 'plain'): void {
  useVault.setState({ status, unreadable: {} })
  openVault.mockReset().mockResolvedValue(undefined)
  unlock.mockReset().mockResolvedValue({ ok: true })
  unlockWaitMs.mockReset().mockReturnValue(0)
  lock.mockReset().mockImplementation(() => useVault.setState({ status: 'locked' }))
  turnOnEncryption.mockReset().mockResolvedValue(undefined)
  turnOffEncryption.mockReset().mockResolvedValue(undefined)
  changePassphrase.mockReset().mockResolvedValue(undefined)
  rememberUnavailableReason.mockReset().mockResolvedValue(null)
  isRememberedOnThisComputer.mockReset().mockResolvedValue(false)
  setRememberOnThisComputer.mockReset().mockResolvedValue(undefined)
}
