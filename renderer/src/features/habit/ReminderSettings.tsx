// Settings section for the weekly habit: the reminder (on or off, day, time) and the
// weekly target the Journal's "this week" strip measures against.
import { useId, useState, type KeyboardEvent } from 'react'
import {
  REMINDER_DEFAULTS,
  WEEKLY_TARGET_DEFAULT,
  type ReminderSettings as Reminder,
} from '../../../../shared/entry'
import { updateSettings, useSettings } from '../../data/settings'
import { describeWriteError } from '../../data/writeErrors'
import { platform } from '../../platform'
import './habit.css'

/** Monday first, as the week strip reads; values as Date.getDay() (0 = Sunday). */
const DAYS: readonly { value: number; name: string }[] = [
  { value: 1, name: 'Monday' },
  { value: 2, name: 'Tuesday' },
  { value: 3, name: 'Wednesday' },
  { value: 4, name: 'Thursday' },
  { value: 5, name: 'Friday' },
  { value: 6, name: 'Saturday' },
  { value: 0, name: 'Sunday' },
]
const DAY_NAME = new Map(DAYS.map((d) => [d.value, d.name]))

export const TARGET_MIN = 1
export const TARGET_MAX = 20
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type Status = { error: boolean; text: string } | null

function describeReminder(reminder: Reminder): string {
  return reminder.enabled
    ? `Weekly reminder on: ${DAY_NAME.get(reminder.weekday)}s at ${reminder.time}.`
    : 'Weekly reminder off.'
}

/** A whole number from TARGET_MIN to TARGET_MAX, or null. */
function parseTarget(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const value = Number(text)
  return value >= TARGET_MIN && value <= TARGET_MAX ? value : null
}

function commitOnEnter(event: KeyboardEvent<HTMLInputElement>, commit: () => void) {
  if (event.key === 'Enter') {
    event.preventDefault()
    commit()
  }
}

export function ReminderSettings() {
  const settings = useSettings()
  if (!settings) return null
  return (
    <ReminderForm
      reminder={settings.reminder ?? { ...REMINDER_DEFAULTS }}
      target={settings.weeklyTarget ?? WEEKLY_TARGET_DEFAULT}
    />
  )
}

/** A draft that starts again from the stored value whenever that value changes. */
function useDraft(stored: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(stored)
  const [seen, setSeen] = useState(stored)
  if (seen !== stored) {
    setSeen(stored)
    setDraft(stored)
  }
  return [draft, setDraft]
}

function ReminderForm({ reminder, target }: { reminder: Reminder; target: number }) {
  const id = useId()
  const [time, setTime] = useDraft(reminder.time)
  const [targetText, setTargetText] = useDraft(String(target))
  const [timeError, setTimeError] = useState<string | null>(null)
  const [targetError, setTargetError] = useState<string | null>(null)
  const [status, setStatus] = useState<Status>(null)

  const save = async (change: { reminder?: Reminder; weeklyTarget?: number }, done: string) => {
    try {
      await updateSettings(change)
      setStatus({ error: false, text: done })
    } catch (error) {
      setStatus({ error: true, text: describeWriteError(error) })
    }
  }
  const saveReminder = (next: Reminder) => void save({ reminder: next }, describeReminder(next))

  const commitTime = () => {
    if (!TIME.test(time)) {
      setTimeError('Enter a time, for example 16:00.')
      return
    }
    setTimeError(null)
    if (time !== reminder.time) saveReminder({ ...reminder, time })
  }
  const commitTarget = () => {
    const value = parseTarget(targetText)
    if (value === null) {
      setTargetError(`Enter a whole number from ${TARGET_MIN} to ${TARGET_MAX}.`)
      return
    }
    setTargetError(null)
    if (value !== target) {
      void save(
        { weeklyTarget: value },
        `Weekly target: ${value} ${value === 1 ? 'entry' : 'entries'}.`,
      )
    }
  }

  const where =
    platform.kind === 'desktop'
      ? 'as a notification on this computer'
      : 'as a banner inside Leadlog, while it is open in this browser (the browser cannot remind you when Leadlog is closed)'

  return (
    <section className="card settings-section reminder-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Weekly habit</h2>
      <p className="hint" id={`${id}-what`}>
        When nothing has been logged for seven days, Leadlog asks you one question at this time,
        aimed at your biggest gap for your target role, {where}. It asks once a week at most; if
        Leadlog is closed at that time, it asks when you open it later that week.
      </p>
      <label className="reminder-switch">
        <input
          type="checkbox"
          role="switch"
          checked={reminder.enabled}
          aria-describedby={`${id}-what`}
          onChange={(e) => saveReminder({ ...reminder, enabled: e.target.checked })}
        />
        Weekly reminder
      </label>
      <div className="reminder-when">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select
            id={`${id}-day`}
            value={reminder.weekday}
            disabled={!reminder.enabled}
            onChange={(e) => saveReminder({ ...reminder, weekday: Number(e.target.value) })}
          >
            {DAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            disabled={!reminder.enabled}
            aria-invalid={timeError ? true : undefined}
            aria-describedby={timeError ? `${id}-time-error` : undefined}
            onChange={(e) => setTime(e.target.value)}
            onBlur={commitTime}
            onKeyDown={(e) => commitOnEnter(e, commitTime)}
          />
          {timeError && (
            <span className="error" id={`${id}-time-error`} role="alert">
              {timeError}
            </span>
          )}
        </div>
      </div>
      <div className="field reminder-target">
        <label htmlFor={`${id}-target`}>Weekly target</label>
        <input
          id={`${id}-target`}
          type="number"
          inputMode="numeric"
          min={TARGET_MIN}
          max={TARGET_MAX}
          step={1}
          value={targetText}
          aria-invalid={targetError ? true : undefined}
          aria-describedby={`${id}-target-hint${targetError ? ` ${id}-target-error` : ''}`}
          onChange={(e) => setTargetText(e.target.value)}
          onBlur={commitTarget}
          onKeyDown={(e) => commitOnEnter(e, commitTarget)}
        />
        <span className="hint" id={`${id}-target-hint`}>
          Entries a week you aim for. The Journal's "this week" strip counts the week's entries,
          Monday to Sunday, against it.
        </span>
        {targetError && (
          <span className="error" id={`${id}-target-error`} role="alert">
            {targetError}
          </span>
        )}
      </div>
      {status && (
        <p className={status.error ? 'error' : 'hint'} role="status">
          {status.text}
        </p>
      )}
    </section>
  )
}
