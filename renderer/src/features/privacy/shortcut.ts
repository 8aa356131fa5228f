// Ctrl+L (⌘L on a Mac) locks an encrypted journal from anywhere in the app.
const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** How the lock shortcut is written for this computer: "⌘L" or "Ctrl+L". */
export const LOCK_SHORTCUT_LABEL = isMac ? '⌘L' : 'Ctrl+L'

/** The same key for aria-keyshortcuts, which names modifiers its own way. */
export const LOCK_SHORTCUT_ARIA = isMac ? 'Meta+L' : 'Control+L'

/** Ctrl or Cmd with L, and nothing else held (Ctrl+Shift+L stays free for others). */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'l'
  )
}
