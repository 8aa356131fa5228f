// The weekly habit's door: the reminder (a hook for the shell, and the browser's banner),
// the Journal's "this week" strip and the section for Settings.
export { useWeeklyReminder } from './useWeeklyReminder'
export { WeeklyBanner } from './WeeklyBanner'
export { ThisWeekStrip } from './ThisWeekStrip'
export { ReminderSettings } from './ReminderSettings'
