// Asks the page to lock the journal (LOCK_REQUEST_EVENT): when the user picks Lock now in
// the app menu, and when the operating system locks the screen or the computer suspends,
// so an unattended machine never shows the journal. Every window that shows the journal
// is asked (the main window, and the quick-capture window while it is open): each page
// holds its own keys. The page decides what locking means;
// main only asks, and never holds the key itself.
import type { BrowserWindow } from 'electron'
import { LOCK_REQUEST_EVENT } from '../shared/ipc'

/** The windows to ask: one, none (null) or several. */
export type LockTargets = BrowserWindow | null | readonly (BrowserWindow | null)[]

export function requestLock(targets: LockTargets): void {
  const windows = (Array.isArray(targets) ? targets : [targets]) as (BrowserWindow | null)[]
  for (const window of windows) {
    if (!window || window.isDestroyed()) continue
    const contents = window.webContents
    if (contents.isDestroyed() || contents.isCrashed()) continue
    contents.send(LOCK_REQUEST_EVENT)
  }
}

/**
 * The system events that lock the journal. 'lock-screen' is emitted on macOS and Windows
 * only; on Linux a screen lock is not reported, but a suspend is.
 */
export const SYSTEM_LOCK_EVENTS = ['lock-screen', 'suspend'] as const

/** Electron's powerMonitor (usable only once the app is ready); returns a detach. */
export function lockOnSystemEvents(
  powerMonitor: Pick<NodeJS.EventEmitter, 'on' | 'removeListener'>,
  currentWindows: () => LockTargets,
): () => void {
  const listener = () => requestLock(currentWindows())
  for (const event of SYSTEM_LOCK_EVENTS) powerMonitor.on(event, listener)
  return () => {
    for (const event of SYSTEM_LOCK_EVENTS) powerMonitor.removeListener(event, listener)
  }
}
