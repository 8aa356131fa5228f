// When the weekly reminder fires, decided from the moment, the user's time zone, their
// settings and the journal: no clock of its own.
//
// Due when all of these hold:
// - the reminder is on;
// - this week's reminder moment (the chosen weekday and time, local time in the zone, in
//   the Monday-to-Sunday week holding now) has come;
// - the reminder has not been shown since that moment;
// - nothing was logged in the last seven days: no entry of the user's own, outside the
//   trash, dated today or in the six days before (local calendar), or created in the last
//   7 × 24 hours.
// A moment missed while the app was closed is caught when it opens later that week; a new
// week waits for its own moment.
import {
  REMINDER_DEFAULTS,
  type CompetencyId,
  type Entry,
  type ReminderSettings,
  type RoleId,
} from '../entry'
import { addDays } from '../time'
import { isOwnLiveEntry, reminderPrompt, type ReminderPrompt } from './prompt'
import { assertWeekday, dayOfWeek, startOfWeek, WEEK_STARTS_ON, type Weekday } from './week'
import { instantOfLocalTime, localDateAt } from './zonedTime'

const DAY_MS = 86_400_000
/** "Nothing logged in the last seven days". */
export const QUIET_DAYS = 7
/**
 * A "shown" stamp more than this far ahead of now came from a wrong clock and is ignored,
 * so one bad stamp cannot silence the reminder for years.
 */
const SHOWN_CLOCK_SLACK_MS = DAY_MS

export interface ReminderInput {
  /** The moment to decide for, an ISO timestamp (the renderer passes the real clock). */
  now: string
  /** IANA zone the user lives in: "Europe/London". */
  timeZone: string
  /** Absent: REMINDER_DEFAULTS (on, Friday, 16:00). */
  reminder?: ReminderSettings
  /** When the reminder last showed (settings.reminderShownAt). */
  lastShownAt?: string
  entries: readonly Entry[]
  /** The target role the question aims at; none asks the general question. */
  role?: RoleId | null
  weights?: Partial<Record<CompetencyId, number>>
  /** First day of the reminder's week; Monday unless said otherwise. */
  weekStartsOn?: Weekday
}

export type ReminderSkip =
  /** The user switched the reminder off. */
  | 'disabled'
  /** This week's moment has not come yet. */
  | 'not-yet'
  /** Already shown since this week's moment. */
  | 'shown'
  /** Something was logged in the last seven days. */
  | 'logged'

export type ReminderDecision =
  | { due: false; reason: 'disabled' }
  | { due: false; reason: Exclude<ReminderSkip, 'disabled'>; firesAt: string }
  /** `firesAt`: this week's moment, an ISO timestamp in UTC. */
  | { due: true; firesAt: string; prompt: ReminderPrompt }

function minuteOfDay(time: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  if (!match) throw new RangeError('The reminder time must be written HH:MM')
  return Number(match[1]) * 60 + Number(match[2])
}

function instantOf(value: string, what: string): number {
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be an ISO timestamp`)
  return ms
}

/** This week's reminder moment (epoch ms) for the week holding `today`. */
export function reminderMomentOfWeek(
  today: string,
  reminder: Pick<ReminderSettings, 'weekday' | 'time'>,
  timeZone: string,
  weekStartsOn: Weekday = WEEK_STARTS_ON,
): number {
  assertWeekday(reminder.weekday, 'The reminder day')
  const day = dayOfWeek(startOfWeek(today, weekStartsOn), reminder.weekday, weekStartsOn)
  return instantOfLocalTime(day, minuteOfDay(reminder.time), timeZone)
}

/** Whether anything of the user's was logged in the seven days up to `nowMs`. */
function loggedRecently(entries: readonly Entry[], today: string, nowMs: number): boolean {
  const firstDay = addDays(today, -(QUIET_DAYS - 1))
  const since = nowMs - QUIET_DAYS * DAY_MS
  return entries.some(
    (entry) =>
      isOwnLiveEntry(entry) &&
      (entry.occurredOn >= firstDay || Date.parse(entry.createdAt) >= since),
  )
}

/**
 * Whether the weekly reminder is due at `now`, and if so what it says. Throws a RangeError
 * for a malformed moment, time or weekday, or a zone Intl does not know.
 */
export function reminderDue(input: ReminderInput): ReminderDecision {
  const reminder = input.reminder ?? REMINDER_DEFAULTS
  const nowMs = instantOf(input.now, 'now')
  const today = localDateAt(nowMs, input.timeZone)
  const weekStartsOn = input.weekStartsOn ?? WEEK_STARTS_ON
  assertWeekday(weekStartsOn, 'The first day of the week')
  if (!reminder.enabled) return { due: false, reason: 'disabled' }

  const moment = reminderMomentOfWeek(today, reminder, input.timeZone, weekStartsOn)
  const firesAt = new Date(moment).toISOString()
  if (nowMs < moment) return { due: false, reason: 'not-yet', firesAt }
  if (input.lastShownAt !== undefined) {
    const shown = Date.parse(input.lastShownAt)
    if (shown >= moment && shown <= nowMs + SHOWN_CLOCK_SLACK_MS) {
      return { due: false, reason: 'shown', firesAt }
    }
  }
  if (loggedRecently(input.entries, today, nowMs)) return { due: false, reason: 'logged', firesAt }
  return {
    due: true,
    firesAt,
    prompt: reminderPrompt(input.entries, input.role, today, input.weights),
  }
}
