// App-wide: checks the weekly reminder when the app starts and every minute. When it is
// due, the desktop app shows a system notification (clicking it brings the window forward
// on a new entry of the question's kind) and records that it showed; the browser build,
// or a desktop without permission to notify, puts up the in-app banner instead, which is
// recorded when the user answers or dismisses it.
import { useEffect, useRef, useState } from 'react'
import { reminderDue, type ReminderDecision, type ReminderPrompt } from '../../../../shared/habit'
import type { Entry, Settings } from '../../../../shared/entry'
import { useSettings } from '../../data/settings'
import { useLiveEntriesDeferred } from '../../data/useEntries'
import { platform } from '../../platform'
import { useHabitUi } from './habitSlice'
import { recordReminderShown, startPromptedEntry } from './reminderActions'

/** How often the reminder looks at the clock. */
export const CHECK_EVERY_MS = 60_000
export const NOTIFICATION_TITLE = 'Leadlog: your week'

/** The user's time zone now (it changes when they travel). */
function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

function decide(settings: Settings, entries: readonly Entry[], now: Date): ReminderDecision | null {
  try {
    return reminderDue({
      now: now.toISOString(),
      timeZone: currentTimeZone(),
      reminder: settings.reminder,
      lastShownAt: settings.reminderShownAt,
      entries,
      role: settings.targetRole,
      weights: settings.customWeights,
    })
  } catch {
    // A zone Intl does not know: no reminder rather than a broken app.
    return null
  }
}

/** Kept so the notification (and its click handler) is not collected while it is up. */
let lastNotification: Notification | null = null

/** Shows the system notification; false when this window may not notify. */
async function notify(prompt: ReminderPrompt): Promise<boolean> {
  if (typeof Notification === 'undefined') return false
  let permission = Notification.permission
  if (permission === 'default') {
    try {
      permission = await Notification.requestPermission()
    } catch {
      return false
    }
  }
  if (permission !== 'granted') return false
  const notification = new Notification(NOTIFICATION_TITLE, { body: prompt.text })
  notification.onclick = () => {
    window.focus()
    startPromptedEntry(prompt)
    notification.close()
  }
  lastNotification = notification
  return true
}

export function useWeeklyReminder(): void {
  const settings = useSettings()
  const entries = useLiveEntriesDeferred()
  const [tick, setTick] = useState(0)
  /** The week's moment already handled in this session, so nothing shows twice. */
  const handled = useRef<string | null>(null)

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    if (!settings || !entries) return
    const now = new Date()
    const decision = decide(settings, entries, now)
    if (!decision?.due) {
      // Logged, answered, switched off or a new week: the banner has nothing to say.
      if (useHabitUi.getState().banner) useHabitUi.getState().clearBanner()
      return
    }
    if (handled.current === decision.firesAt) return
    handled.current = decision.firesAt
    const { prompt } = decision
    if (platform.kind !== 'desktop') {
      useHabitUi.getState().showBanner(prompt)
      return
    }
    void notify(prompt).then(async (shown) => {
      if (!shown) {
        useHabitUi.getState().showBanner(prompt)
        return
      }
      await recordReminderShown(now)
    })
  }, [settings, entries, tick])
}

/** For tests: forget the notification kept alive above. */
export function forgetLastNotification(): void {
  lastNotification?.close()
  lastNotification = null
}
