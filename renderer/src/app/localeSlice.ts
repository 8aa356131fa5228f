// How the app writes dates and numbers: in the user's language as the browser reports it
// (Electron reports the system's), or British English when it reports none Intl knows.
// This is the one place that decides; views read it here and format through shared/format.
// A store rather than a constant so a later setting, or a test, can change it live.
import { create } from 'zustand'
import { resolveLocale } from '../../../shared/format'

interface LocaleState {
  /** A tag Intl supports: "en-US", "de-DE". */
  locale: string
  /** The machine's time zone, for moments such as a backup's; calendar days ignore it. */
  timeZone: string
}

/** The browser's language and time zone, checked. */
export function detectLocale(): LocaleState {
  return {
    locale: resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  }
}

export const useLocaleState = create<LocaleState>(() => detectLocale())

/** The locale every view formats with. */
export function useLocale(): string {
  return useLocaleState((s) => s.locale)
}

/** The time zone moments are shown in. */
export function useTimeZone(): string {
  return useLocaleState((s) => s.timeZone)
}
