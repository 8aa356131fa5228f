// The command table for the app as it is now: the vault's status, the theme, the platform,
// and the actions wired to the navigation, the data layer and the other features' doors.
import { useMemo } from 'react'
import { formatCount } from '../../../../shared/format'
import type { Theme } from '../../../../shared/entry'
import { useNavigation } from '../../app/navigation'
import { useLocaleState } from '../../app/localeSlice'
import { removeSampleEntries } from '../../data/entries'
import { updateSettings, useSettings } from '../../data/settings'
import { lock, useVault } from '../../data/vault'
import { platform } from '../../platform'
import { backUpNow } from './backUpNow'
import { buildCommands, type CommandActions } from './buildCommands'
import { useCommandsUi } from './commandsSlice'
import { pressReviewExport, REVIEW_FORMATS } from './reviewExport'
import type { Command } from './types'

const THEME_SAID: Record<Theme, string> = {
  system: 'The theme follows the system.',
  light: 'The light theme is on.',
  dark: 'The dark theme is on.',
}

/** Actions that need no React state: built once. */
function makeActions(): CommandActions {
  const nav = () => useNavigation.getState()
  return {
    go: (view) => nav().go(view),
    startNewEntry: (request) => nav().startNewEntry(request),
    focusSearch: () => nav().focusSearch(),
    exportReview: (format) => {
      nav().go('review')
      const label = REVIEW_FORMATS.find((f) => f.id === format)?.label ?? format
      return pressReviewExport(label)
    },
    backUpNow,
    lock,
    setTheme: async (theme) => {
      await updateSettings({ theme })
      return THEME_SAID[theme]
    },
    showShortcuts: () => useCommandsUi.getState().show('shortcuts'),
    removeSampleEntries: async () => {
      const removed = await removeSampleEntries()
      if (removed === 0) return 'There are no sample entries to remove.'
      const locale = useLocaleState.getState().locale
      return `Removed ${formatCount(removed, 'sample entry', 'sample entries', locale)}.`
    },
  }
}

const actions = makeActions()

export function useCommands(): Command[] {
  const vault = useVault((s) => s.status)
  const settings = useSettings()
  const theme = settings && (settings.theme ?? 'system')
  return useMemo(
    () => buildCommands({ vault, theme, platform: platform.kind }, actions),
    [vault, theme],
  )
}
