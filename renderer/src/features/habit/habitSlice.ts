// UI state of the weekly habit: the browser's in-app reminder, set by useWeeklyReminder and
// shown by WeeklyBanner. No stored data: when it last showed lives in the settings.
import { create } from 'zustand'
import type { ReminderPrompt } from '../../../../shared/habit'

interface HabitUiState {
  /** The reminder's question while the banner is up; null otherwise. */
  banner: ReminderPrompt | null
  showBanner(prompt: ReminderPrompt): void
  clearBanner(): void
}

export const useHabitUi = create<HabitUiState>((set) => ({
  banner: null,
  showBanner: (prompt) => set({ banner: prompt }),
  clearBanner: () => set({ banner: null }),
}))
