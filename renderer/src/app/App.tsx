import { useEffect, type ComponentType } from 'react'
import { useNavigation, VIEW_LABELS, VIEWS, type View } from './navigation'
import { ErrorBoundary } from './ErrorBoundary'
import { JournalView, useNewEntryShortcut } from '../features/journal'
import { ReadinessView } from '../features/readiness'
import { BulletsView } from '../features/bullets'
import { ReviewView } from '../features/review'
import { PromotionView } from '../features/promotion'
import { SettingsView } from '../features/settings'
import { AppIcon } from '../components/AppIcon'
import { BackupReminder } from '../features/backup'

const VIEW_COMPONENTS: Record<View, ComponentType> = {
  journal: JournalView,
  readiness: ReadinessView,
  bullets: BulletsView,
  review: ReviewView,
  promotion: PromotionView,
  settings: SettingsView,
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
export const MOD_LABEL = isMac ? '⌘' : 'Ctrl+'

/** Ctrl/Cmd+1..6 switch views from anywhere. */
function useViewShortcuts(go: (view: View) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
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

export function App() {
  const view = useNavigation((s) => s.view)
  const go = useNavigation((s) => s.go)
  useViewShortcuts(go)
  useNewEntryShortcut()
  const Current = VIEW_COMPONENTS[view]

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <AppIcon size={28} />
          <span>Leadlog</span>
        </div>
        <ul>
          {VIEWS.map((v, i) => (
            <li key={v}>
              <button
                type="button"
                className="nav-item"
                aria-current={v === view ? 'page' : undefined}
                onClick={() => go(v)}
                title={`${VIEW_LABELS[v]} (${MOD_LABEL}${i + 1})`}
              >
                {VIEW_LABELS[v]}
              </button>
            </li>
          ))}
        </ul>
        <p className="privacy-note">Private: everything stays on this computer.</p>
      </nav>
      <main className="content" id="main">
        <BackupReminder />
        <ErrorBoundary key={view} area={`the ${VIEW_LABELS[view]} view`}>
          <Current />
        </ErrorBoundary>
      </main>
    </div>
  )
}
