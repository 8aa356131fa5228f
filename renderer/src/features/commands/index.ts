// The command layer's door: the palette and shortcuts sheet with their keys, the sidebar's
// buttons into them, and how a shortcut is written on this computer.
export { CommandLayer } from './CommandLayer'
export { PaletteButton, ShortcutHint, ShortcutsButton } from './CommandButtons'
export { modShortcut } from './keys'
export type { Shortcut } from './types'
