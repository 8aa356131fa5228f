// The theme the user chose in settings, as data-theme on <html>, which styles.css reads:
// "light" and "dark" force theirs, "system" follows prefers-color-scheme.
import { useEffect } from 'react'
import type { Theme } from '../../../shared/entry'
import { useSettings } from '../data/settings'

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme
}

export function useTheme(): void {
  const settings = useSettings()
  // Undefined while the settings load: the page keeps following the system until then.
  const theme = settings && (settings.theme ?? 'system')
  useEffect(() => {
    // Nothing is undone on unmount: locking unmounts the app, and the lock screen keeps
    // the theme the user chose.
    if (theme) applyTheme(theme)
  }, [theme])
}
