// When a window's renderer dies (a crash, out of memory, killed by the OS), Electron leaves
// the window open and blank. Main reloads it and says what happened: the journal itself is
// safe in IndexedDB, where every save was committed before it was acknowledged (strict
// durability), so only what was being typed and not yet saved can be lost. A renderer
// that keeps dying is not reloaded in a loop: after MAX_RELOADS in RELOAD_WINDOW_MS the
// user is told and may quit or try once more.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'

export const MAX_RELOADS = 3
export const RELOAD_WINDOW_MS = 60_000

/** What Electron reports as the reason, in words a person can use. */
const REASONS: Record<string, string> = {
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  killed: 'it was stopped by the operating system or another program',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'abnormal-exit': 'it stopped unexpectedly',
  'memory-eviction': 'the system reclaimed its memory',
}

export function describeGone(reason: string): string {
  return REASONS[reason] ?? 'it stopped unexpectedly'
}

export function reloadedMessage(reason: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Leadlog reloaded its window',
    message: `Leadlog's window stopped working (${describeGone(reason)}) and has been reloaded.`,
    detail:
      'Your journal is safe: every entry you saved was on disk before Leadlog said it was saved. Text you were typing and had not saved yet may be lost. If this happened while restoring a backup, nothing was restored: try again, or restore another backup.',
    buttons: ['OK'],
    noLink: true,
  }
}

export function keepsStoppingMessage(reason: string): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Leadlog keeps stopping',
    message: `Leadlog's window stopped ${MAX_RELOADS} times in a minute (${describeGone(reason)}), so it was not reloaded again.`,
    detail:
      'Your saved journal is safe on disk. Quit Leadlog and start it again; if it keeps happening, a backup restored from Settings › Backups may help.',
    buttons: ['Reload once more', 'Quit Leadlog'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}

export interface CrashRecoveryOptions {
  quit(): void
  now?: () => number
}

/** Reloads `window` whenever its renderer is gone, telling the user each time. */
export function recoverFromRendererCrashes(
  window: BrowserWindow,
  options: CrashRecoveryOptions,
): void {
  const now = options.now ?? Date.now
  let reloads: number[] = []
  window.webContents.on('render-process-gone', (_event, details) => {
    // A clean exit is the window closing, not a crash.
    if (details.reason === 'clean-exit' || window.isDestroyed()) return
    const at = now()
    reloads = reloads.filter((time) => at - time < RELOAD_WINDOW_MS)
    const reload = () => {
      reloads.push(at)
      if (!window.isDestroyed()) window.webContents.reload()
    }
    if (reloads.length >= MAX_RELOADS) {
      void dialog
        .showMessageBox(window, keepsStoppingMessage(details.reason))
        .then(({ response }) => (response === 0 ? reload() : options.quit()))
      return
    }
    reload()
    void dialog.showMessageBox(window, reloadedMessage(details.reason))
  })
}
