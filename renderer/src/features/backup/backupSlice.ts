// UI state of the backup feature shared between the app-wide notice and Settings.
import { create } from 'zustand'

/** A backup just written holds far fewer entries than the one before it (both are kept). */
export interface ShrinkNotice {
  entryCount: number
  previous: { name: string; createdAt: string; entryCount: number }
}

interface BackupUiState {
  /** The reminder was dismissed for this session. */
  reminderDismissed: boolean
  /** The last automatic backup failed; shown until the next one succeeds. */
  autoBackupError: string | null
  /** Shown until dismissed: the user decides whether entries went missing. */
  shrinkNotice: ShrinkNotice | null
  dismissReminder(): void
  setAutoBackupError(message: string | null): void
  setShrinkNotice(notice: ShrinkNotice | null): void
}

export const useBackupUi = create<BackupUiState>((set) => ({
  reminderDismissed: false,
  autoBackupError: null,
  shrinkNotice: null,
  dismissReminder: () => set({ reminderDismissed: true }),
  setAutoBackupError: (message) => set({ autoBackupError: message }),
  setShrinkNotice: (notice) => set({ shrinkNotice: notice }),
}))
