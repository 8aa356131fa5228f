// The one table of commands: what the palette searches and runs, and the shortcuts sheet
// lists. It is built from the app's state (is the journal encrypted, which theme, desktop
// or browser) and the actions that do the work, so a test can check both without a screen.
import { ENTRY_KINDS, KIND_LABELS, type Theme } from '../../../../shared/entry'
import { VIEW_LABELS, VIEWS, type NewEntryRequest, type View } from '../../app/navigation'
import type { VaultStatus } from '../../data/vault'
import { keyShortcut, modShortcut } from './keys'
import { REVIEW_FORMATS, type ReviewFormat } from './reviewExport'
import type { Command } from './types'

export interface CommandContext {
  vault: VaultStatus
  /** The theme in use (absent in settings: 'system'); undefined while the settings load. */
  theme: Theme | undefined
  platform: 'desktop' | 'browser'
}

export interface CommandActions {
  go(view: View): void
  startNewEntry(request?: NewEntryRequest): void
  focusSearch(): void
  exportReview(format: ReviewFormat): Promise<string | void>
  backUpNow(): Promise<string>
  lock(): void
  setTheme(theme: Theme): Promise<string>
  showShortcuts(): void
  removeSampleEntries(): Promise<string>
}

const VIEW_KEYWORDS: Record<View, readonly string[]> = {
  journal: ['entries', 'timeline', 'home', 'log'],
  readiness: ['score', 'competencies', 'gaps', 'chart'],
  bullets: ['resume', 'cv', 'achievements'],
  review: ['quarterly', 'manager', 'summary'],
  promotion: ['case', 'promotion case'],
  settings: ['preferences', 'options', 'open settings'],
  ledger: ['pdu', 'pdus', 'pmp', 'pmi', 'certification', 'ledger', 'renewal', 'ccr'],
}

const THEME_TITLES: Record<Theme, string> = {
  system: 'Theme: follow the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
}

const THEME_KEYWORDS: Record<Theme, readonly string[]> = {
  system: ['switch theme', 'appearance', 'colours', 'colors', 'auto', 'mode'],
  light: ['switch theme', 'appearance', 'colours', 'colors', 'day', 'mode'],
  dark: ['switch theme', 'appearance', 'colours', 'colors', 'night', 'mode'],
}

export function buildCommands(context: CommandContext, actions: CommandActions): Command[] {
  const goTo: Command[] = VIEWS.map((view, i) => ({
    id: `go:${view}`,
    title: `Go to ${VIEW_LABELS[view]}`,
    section: 'Go to',
    keywords: VIEW_KEYWORDS[view],
    shortcut: modShortcut(String(i + 1)),
    run: () => actions.go(view),
  }))

  const entries: Command[] = [
    {
      id: 'new:any',
      title: 'New entry',
      section: 'Entries',
      keywords: ['add', 'log', 'write', 'create'],
      // A browser keeps Ctrl+N for a new window; only the desktop app receives it.
      shortcut: context.platform === 'desktop' ? modShortcut('N') : undefined,
      run: () => actions.startNewEntry(),
    },
    ...ENTRY_KINDS.map((kind): Command => ({
      id: `new:${kind}`,
      title: `New ${KIND_LABELS[kind].toLowerCase()}`,
      section: 'Entries',
      keywords: ['add', 'log', 'write', 'create', 'entry'],
      run: () => actions.startNewEntry({ kind }),
    })),
    {
      id: 'search',
      title: 'Search the journal',
      section: 'Entries',
      keywords: ['find', 'filter', 'look up'],
      shortcut: keyShortcut('/'),
      run: () => actions.focusSearch(),
    },
    {
      id: 'sample:remove',
      title: 'Remove the sample entries',
      section: 'Entries',
      keywords: ['example', 'demo', 'delete', 'clear'],
      run: () => actions.removeSampleEntries(),
    },
  ]

  const exports: Command[] = [
    ...REVIEW_FORMATS.map(({ id, label }): Command => ({
      id: `review:${id}`,
      title: `Export the review as ${label}`,
      section: 'Export and back up',
      keywords: ['quarterly', 'download', 'save', 'document', id],
      run: () => actions.exportReview(id),
    })),
    {
      id: 'backup:now',
      title: 'Back up now',
      section: 'Export and back up',
      keywords:
        context.platform === 'desktop'
          ? ['backup', 'save', 'copy', 'folder']
          : ['backup', 'save', 'copy', 'export', 'download', 'file'],
      run: () => actions.backUpNow(),
    },
    {
      id: 'import',
      title: 'Import…',
      section: 'Export and back up',
      keywords: ['jrnl', 'day one', 'markdown', 'brag document', 'csv', 'spreadsheet', 'history'],
      // Settings holds the import; its button is focused, one Enter from the file chooser.
      // Loaded here, not imported above: the import's readers would join the first bundle.
      run: () => {
        actions.go('settings')
        void import('../import').then((feature) => feature.requestImportFocus())
      },
    },
  ]

  const privacy: Command[] = [
    {
      id: 'lock',
      title: 'Lock the journal',
      section: 'Privacy',
      keywords: ['encryption', 'passphrase', 'secure', 'hide', 'lock now'],
      shortcut: modShortcut('L'),
      disabledReason:
        context.vault === 'unlocked'
          ? undefined
          : 'Only an encrypted journal locks: turn encryption on in Settings.',
      run: () => actions.lock(),
    },
  ]

  const themes: Command[] = (['system', 'light', 'dark'] as const).map((theme) => ({
    id: `theme:${theme}`,
    title: THEME_TITLES[theme],
    section: 'Appearance',
    keywords: THEME_KEYWORDS[theme],
    disabledReason: context.theme === theme ? 'In use now.' : undefined,
    run: () => actions.setTheme(theme),
  }))

  const help: Command[] = [
    {
      id: 'help:shortcuts',
      title: 'Show keyboard shortcuts',
      section: 'Help',
      keywords: ['help', 'keys', 'hotkeys', 'keyboard'],
      shortcut: keyShortcut('?'),
      run: () => actions.showShortcuts(),
    },
  ]

  return [...goTo, ...entries, ...exports, ...privacy, ...themes, ...help]
}
