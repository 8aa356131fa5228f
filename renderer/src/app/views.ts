// The component of each view. The Journal is in the first bundle: it is what opens. The
// others load on first use, so starting the app evaluates no chart, document or settings
// code before the first row shows; they are fetched in idle time once the journal is
// loaded (prefetchViews), so switching to one later finds it ready.
import { lazy, type ComponentType } from 'react'
import { JournalView } from '../features/journal'
import { loadMarkdownView } from '../components/LazyMarkdownView'
import type { View } from './navigation'

type Loader = () => Promise<{ default: ComponentType }>

const LOADERS: Record<Exclude<View, 'journal'>, Loader> = {
  readiness: () => import('../features/readiness').then((m) => ({ default: m.ReadinessView })),
  bullets: () => import('../features/bullets').then((m) => ({ default: m.BulletsView })),
  review: () => import('../features/review').then((m) => ({ default: m.ReviewView })),
  promotion: () => import('../features/promotion').then((m) => ({ default: m.PromotionView })),
  settings: () => import('../features/settings').then((m) => ({ default: m.SettingsView })),
  ledger: () => import('../features/ledger').then((m) => ({ default: m.LedgerView })),
}

export const VIEW_COMPONENTS: Record<View, ComponentType> = {
  journal: JournalView,
  readiness: lazy(LOADERS.readiness),
  bullets: lazy(LOADERS.bullets),
  review: lazy(LOADERS.review),
  promotion: lazy(LOADERS.promotion),
  settings: lazy(LOADERS.settings),
  ledger: lazy(LOADERS.ledger),
}

/** When the page is idle (or after a moment where idle callbacks are missing). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 })
  else setTimeout(run, 50)
}

/**
 * How long after a key or a click the next view's code waits. Evaluating a view's bundle
 * is one task of tens of milliseconds, which a keystroke landing in it would wait for.
 */
const QUIET_MS = 1000

/**
 * Fetches every view's code (and the notes' Markdown renderer), one per idle period so no single task grows long, and
 * none while the user is typing or clicking. A failed fetch is left for the view to retry
 * and report when it is opened.
 */
export function prefetchViews(): void {
  const queue: (() => Promise<unknown>)[] = [...Object.values(LOADERS), loadMarkdownView]
  // The journal has just come in: the user may act at once, so the first waits too.
  let lastInputAt = performance.now()
  const noteInput = () => (lastInputAt = performance.now())
  const listen = { capture: true, passive: true } as const
  addEventListener('keydown', noteInput, listen)
  addEventListener('pointerdown', noteInput, listen)
  const whenQuiet = (run: () => void) =>
    whenIdle(() => {
      const wait = lastInputAt + QUIET_MS - performance.now()
      if (wait > 0) setTimeout(() => whenQuiet(run), wait)
      else run()
    })
  const next = () => {
    const load = queue.shift()
    if (!load) {
      removeEventListener('keydown', noteInput, listen)
      removeEventListener('pointerdown', noteInput, listen)
      return
    }
    void load().then(
      () => whenQuiet(next),
      () => whenQuiet(next),
    )
  }
  whenQuiet(next)
}
