// Whether the journal is encrypted and unlocked, for the views to follow. The keys
// themselves are never here (see session.ts): a store can be read by anything.
import { create } from 'zustand'

/**
 * unknown: not read yet. plain: no encryption. locked: encrypted, no key in memory.
 * unlocked: encrypted, the data key in memory. locking: the lock screen shows, and the key
 * goes as soon as the change being written is done.
 */
export type VaultStatus = 'unknown' | 'plain' | 'locked' | 'locking' | 'unlocked'

/** A stored record that would not open: changed outside Leadlog, or damaged. */
export interface UnreadableRecord {
  table: string
  id: string
  /** Names the record for a person, e.g. "the difficult conversation of 14 Mar 2026". */
  label: string
}

interface VaultState {
  status: VaultStatus
  /** Records that failed to open, by table; they stay stored as they are. */
  unreadable: Record<string, UnreadableRecord[]>
}

export const useVault = create<VaultState>(() => ({ status: 'unknown', unreadable: {} }))

export function setVaultStatus(status: VaultStatus): void {
  const keep = status === 'unlocked' || status === 'locking'
  useVault.setState({ status, ...(keep ? {} : { unreadable: {} }) })
}

/** Replaces what one table reported; an unchanged report keeps the state as it is. */
export function reportUnreadable(table: string, records: UnreadableRecord[]): void {
  const current = useVault.getState().unreadable[table] ?? []
  const same = current.length === records.length && current.every((r, i) => r.id === records[i]!.id)
  if (!same) useVault.setState((s) => ({ unreadable: { ...s.unreadable, [table]: records } }))
}

/** Every unreadable record, the tables together. */
export function useUnreadableRecords(): UnreadableRecord[] {
  const byTable = useVault((s) => s.unreadable)
  return Object.values(byTable).flat()
}
