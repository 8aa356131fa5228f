import { Suspense, useEffect } from 'react'
import { useNavigation, VIEW_LABELS, VIEWS, type View } from './navigation'
import { ErrorBoundary } from './ErrorBoundary'
import { useToast } from './toastSlice'
import { useTheme } from './useTheme'
import { prefetchViews, VIEW_COMPONENTS } from './views'
import { forgetJournalUi, useNewEntryShortcut } from '../features/journal'
import { AppIcon } from '../components/AppIcon'
import { Toast } from '../components/Toast'
import { BackupReminder } from '../features/backup'
import { useWeeklyReminder, WeeklyBanner } from '../features/habit'
import { isLockShortcut, UnreadableBanner, useAutoLock, useLockRequests } from '../features/privacy'
import {
  CommandLayer,
  modShortcut,
  PaletteButton,
  ShortcutHint,
  ShortcutsButton,
} from '../features/commands'
import { lock, useVault } from '../data/vault'
import { allEntriesLoaded } from '../data/entriesStore'
import { useSettings } from '../data/settings'
import { AUTO_LOCK_DEFAULT_MINUTES, forgetJournalCaches } from '../../../shared/entry'

/** Ctrl/Cmd+1..7, as the sidebar, the palette and the shortcuts sheet write them. */
const VIEW_SHORTCUTS = VIEWS.map((_, i) => modShortcut(String(i + 1)))

/** Ctrl/Cmd+1..7 switch views from anywhere but a dialog, which is answered first. */
function useViewShortcuts(go: (view: View) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      if (document.querySelector('[aria-modal="true"]')) return
      const index = Number(event.key) - 1
      const view = VIEWS[index]
      if (view) {
        event.preventDefault()
        go(view)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])
}

/** Ctrl/Cmd+L locks an encrypted journal from anywhere; the digits stay the views'. */
function useLockShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return
      event.preventDefault()
      lock()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}

/** While the journal is unlocked: the shortcut, the system's requests and idleness lock it. */
function useLocking(): void {
  const unlocked = useVault((s) => s.status === 'unlocked')
  const settings = useSettings()
  // Locking leaves nothing of the user's words in the UI stores or the engines' caches
  // (the views unmount anyway).
  useEffect(
    () =>
      useVault.subscribe((state, before) => {
        if (before.status === 'unlocked' && state.status !== 'unlocked') {
          forgetJournalUi()
          forgetJournalCaches()
          useToast.getState().dismiss()
        }
      }),
    [],
  )
  useLockShortcut(unlocked)
  useLockRequests(unlocked)
  useAutoLock(unlocked ? (settings?.autoLockMinutes ?? AUTO_LOCK_DEFAULT_MINUTES) : 0, lock)
}

/** The app-wide toast, for every view but the journal, which draws it itself (with Undo). */
function ShellToast({ view }: { view: View }) {
  const toast = useToast((s) => s.toast)
  const dismiss = useToast((s) => s.dismiss)
  if (!toast || view === 'journal') return null
  return (
    <Toast
      key={toast.id}
      message={toast.message}
      actionLabel={toast.actionLabel}
      onAction={toast.onAction}
      onDismiss={dismiss}
    />
  )
}

export function App() {
  const view = useNavigation((s) => s.view)
  const go = useNavigation((s) => s.go)
  useViewShortcuts(go)
  useNewEntryShortcut()
  useLocking()
  useTheme()
  useWeeklyReminder()
  useEffect(() => void allEntriesLoaded().then(prefetchViews), [])
  const Current = VIEW_COMPONENTS[view]

  return (
    <>
      <div className="app">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">
            <AppIcon size={28} />
            <span>Leadlog</span>
          </div>
          <PaletteButton />
          <ul>
            {VIEWS.map((v, i) => (
              <li key={v}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={v === view ? 'page' : undefined}
                  aria-keyshortcuts={VIEW_SHORTCUTS[i]!.aria}
                  onClick={() => go(v)}
                  title={`${VIEW_LABELS[v]} (${VIEW_SHORTCUTS[i]!.label})`}
                >
                  {VIEW_LABELS[v]}
                  <ShortcutHint shortcut={VIEW_SHORTCUTS[i]!} />
                </button>
              </li>
            ))}
          </ul>
          <p className="privacy-note">Private: everything stays on this computer.</p>
          <ShortcutsButton />
        </nav>
        <main className="content" id="main">
          {/* App-wide notices, most urgent first. */}
          <UnreadableBanner />
          <BackupReminder />
          <WeeklyBanner />
          <ErrorBoundary key={view} area={`the ${VIEW_LABELS[view]} view`}>
            <Suspense
              fallback={
                <p className="view-loading" role="status">
                  Opening {VIEW_LABELS[view]}…
                </p>
              }
            >
              <Current />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      {/* Over everything: the palette and the shortcuts sheet, then the toast. */}
      <CommandLayer />
      <ShellToast view={view} />
    </>
  )
}
