// The weekly habit: when the reminder fires and what it asks, and the "this week" strip.
// Pure: the moment, the time zone and the day are passed in.
export {
  QUIET_DAYS,
  reminderDue,
  reminderMomentOfWeek,
  type ReminderDecision,
  type ReminderInput,
  type ReminderSkip,
} from './reminder'
export {
  COMPETENCY_PROMPTS,
  GENERAL_PROMPT,
  durationInWords,
  isOwnLiveEntry,
  reminderPrompt,
  type CompetencyPrompt,
  type ReminderPrompt,
} from './prompt'
export { weekStrip, type WeekStrip, type WeekStripOptions } from './weekStrip'
export { startOfWeek, WEEK_STARTS_ON, type Weekday } from './week'
export { instantOfLocalTime, localDateAt, wallClockAt, weekdayOf } from './zonedTime'
