// What answering the weekly reminder does, from the banner or a notification: start an
// entry of the question's kind, and remember that this week's reminder has been seen.
import type { ReminderPrompt } from '../../../../shared/habit'
import { useNavigation } from '../../app/navigation'
import { updateSettings } from '../../data/settings'

/** Records that the reminder showed now, so it shows once a week at most. */
export async function recordReminderShown(now: Date = new Date()): Promise<void> {
  try {
    await updateSettings({ reminderShownAt: now.toISOString() })
  } catch {
    // A reminder must never break the app; at worst it shows again next time.
  }
}

/** Opens the journal on a new entry of the question's kind, for its competency. */
export function startPromptedEntry(prompt: ReminderPrompt): void {
  useNavigation.getState().startNewEntry({
    kind: prompt.kind,
    ...(prompt.competency ? { competency: prompt.competency } : {}),
  })
}
