// How shortcuts are written on this computer, and which key presses are typing rather
// than commands.
import type { Shortcut } from './types'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/** The platform's modifier with a key: "Ctrl+K" (Control+K), or "⌘K" (Meta+K) on a Mac. */
export function modShortcut(key: string): Shortcut {
  return isMac
    ? { label: `⌘${key}`, aria: `Meta+${key}` }
    : { label: `Ctrl+${key}`, aria: `Control+${key}` }
}

/** A single key, written as it is ("?", "/", "Esc"). */
export function keyShortcut(label: string, aria = label): Shortcut {
  return { label, aria }
}

/** Ctrl or Cmd with `key`, nothing else held (as the app's other shortcuts read it). */
export function isModWith(event: KeyboardEvent, key: string): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === key
  )
}

// Inputs that take no typed characters, so "/" or "?" pressed on them is meant for the app.
const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
])

/** True when a key pressed on `target` types into it: a text box, a select, editable text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // jsdom has no isContentEditable, so the attribute is read too.
  if (
    target.isContentEditable ||
    target.closest('[contenteditable]:not([contenteditable="false"])')
  )
    return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type)
  const role = target.getAttribute('role')
  return role === 'textbox' || role === 'searchbox' || role === 'combobox'
}
