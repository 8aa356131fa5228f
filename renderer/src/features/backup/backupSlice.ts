// UI state of the backup feature shared between the app-wide notice and Settings.
import { create } from 'zustand'

interface BackupUiState {
  /** The reminder was dismissed for this session. */
  reminderDismissed: boolean
  /** The last automatic backup failed; shown until the next one succeeds. */
  autoBackupError: string | null
  dismissReminder(): void
  setAutoBackupError(message: string | null): void
}

export const useBackupUi = create<BackupUiState>((set) => ({
  reminderDismissed: false,
  autoBackupError: null,
  dismissReminder: () => set({ reminderDismissed: true }),
  setAutoBackupError: (message) => set({ autoBackupError: message }),
}))
