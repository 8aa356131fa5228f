// The weekly reminder inside Leadlog (the browser build, or a desktop that may not
// notify): one line with the question, "Write it now" and "Not this week".
import { useHabitUi } from './habitSlice'
import { recordReminderShown, startPromptedEntry } from './reminderActions'
import './habit.css'

export function WeeklyBanner() {
  const prompt = useHabitUi((s) => s.banner)
  const clear = useHabitUi((s) => s.clearBanner)
  if (!prompt) return null

  const answer = (write: boolean) => {
    clear()
    if (write) startPromptedEntry(prompt)
    void recordReminderShown()
  }

  return (
    <div className="weekly-banner" role="status" aria-label="Weekly reminder">
      <span className="weekly-banner-text">{prompt.text}</span>
      <button type="button" className="primary" onClick={() => answer(true)}>
        Write it now
      </button>
      <button type="button" className="link" onClick={() => answer(false)}>
        Not this week
      </button>
    </div>
  )
}
