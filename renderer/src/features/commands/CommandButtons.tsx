// The sidebar's ways into the command layer, for those who do not know the keys yet:
// each shows its key, so using it once teaches it.
import { useCommandsUi } from './commandsSlice'
import { keyShortcut, modShortcut } from './keys'
import type { Shortcut } from './types'

const PALETTE = modShortcut('K')
const SHEET = keyShortcut('?')

export function PaletteButton() {
  const show = useCommandsUi((s) => s.show)
  return (
    <button
      type="button"
      className="palette-button"
      aria-keyshortcuts={PALETTE.aria}
      onClick={() => show('palette')}
    >
      <span>Commands…</span>
      <kbd className="key" aria-hidden="true">
        {PALETTE.label}
      </kbd>
    </button>
  )
}

export function ShortcutsButton() {
  const show = useCommandsUi((s) => s.show)
  return (
    <button
      type="button"
      className="link shortcuts-button"
      aria-keyshortcuts={SHEET.aria}
      onClick={() => show('shortcuts')}
    >
      Keyboard shortcuts
    </button>
  )
}

/**
 * A view's shortcut beside its name in the sidebar, shown on hover and focus. Hidden from
 * screen readers, which hear it from aria-keyshortcuts on the button instead.
 */
export function ShortcutHint({ shortcut }: { shortcut: Shortcut }) {
  return (
    <kbd className="key shortcut-hint" aria-hidden="true">
      {shortcut.label}
    </kbd>
  )
}
