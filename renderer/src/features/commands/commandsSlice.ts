// Which of the command layer's dialogs is open: the palette, the shortcuts sheet, or none.
// One at a time, so opening one closes the other. UI state only.
import { create } from 'zustand'

export type CommandDialog = 'palette' | 'shortcuts'

interface CommandsUiState {
  open: CommandDialog | null
  show(dialog: CommandDialog): void
  close(): void
}

export const useCommandsUi = create<CommandsUiState>((set) => ({
  open: null,
  show: (dialog) => set({ open: dialog }),
  close: () => set({ open: null }),
}))
