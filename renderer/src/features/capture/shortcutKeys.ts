// Turning a pressed key combination into an Electron accelerator, for the shortcut field
// in Settings. The key is read from its physical position (event.code), so Shift+1 is
// recorded as Shift+1 whatever symbol the keyboard layout puts there, and Ctrl on a Mac
// is kept apart from Cmd.
import { acceleratorSchema, describeAccelerator } from '../../../../shared/ipc'

export interface PressedKeys {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const NAMED_CODES: Record<string, string> = {
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Escape: 'Escape',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  PrintScreen: 'PrintScreen',
  NumpadDecimal: 'numdec',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'Super'])

/** The accelerator's key for a physical key, or null for one Leadlog does not take. */
export function keyOfCode(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code)
  if (letter) return letter[1]!
  const digit = /^Digit([0-9])$/.exec(code)
  if (digit) return digit[1]!
  const numpad = /^Numpad([0-9])$/.exec(code)
  if (numpad) return `num${numpad[1]}`
  const fn = /^F([0-9]{1,2})$/.exec(code)
  if (fn && Number(fn[1]) >= 1 && Number(fn[1]) <= 24) return `F${fn[1]}`
  return NAMED_CODES[code] ?? null
}

export type Recorded =
  /** Only modifiers held so far: keep listening. */
  | { state: 'waiting' }
  | { state: 'recorded'; accelerator: string }
  | { state: 'invalid'; message: string }

/**
 * What the pressed keys make. Cmd on a Mac and Ctrl elsewhere become CommandOrControl, so
 * the shortcut means the same thing on the user's other computers.
 */
export function recordShortcut(pressed: PressedKeys, mac: boolean): Recorded {
  if (MODIFIER_KEYS.has(pressed.key)) return { state: 'waiting' }
  const key = keyOfCode(pressed.code)
  if (!key) return { state: 'invalid', message: 'Leadlog cannot use that key in a shortcut.' }
  // On a Mac Cmd and Ctrl can be held together: then they are named apart.
  const both = mac && pressed.metaKey && pressed.ctrlKey
  const modifiers = [
    (mac ? pressed.metaKey : pressed.ctrlKey) && (both ? 'Command' : 'CommandOrControl'),
    mac && pressed.ctrlKey && 'Control',
    !mac && pressed.metaKey && 'Super',
    pressed.altKey && 'Alt',
    pressed.shiftKey && 'Shift',
  ].filter((m): m is string => Boolean(m))
  const accelerator = [...modifiers, key].join('+')
  if (!acceleratorSchema.safeParse(accelerator).success) {
    return {
      state: 'invalid',
      message: mac
        ? 'Hold ⌘, ⌃ or ⌥ with the key, so it does not take a letter from other apps.'
        : 'Hold Ctrl or Alt with the key, so it does not take a letter from other apps.',
    }
  }
  const reserved = reservedBy(accelerator)
  if (reserved) {
    return {
      state: 'invalid',
      message: `${describeAccelerator(accelerator, mac)} is Leadlog’s own shortcut for ${reserved}: choose another.`,
    }
  }
  return { state: 'recorded', accelerator }
}

/** Leadlog's own shortcuts, which a global one would take from the app itself. */
const APP_SHORTCUTS: Record<string, string> = {
  'CommandOrControl+L': 'locking the journal',
  'CommandOrControl+N': 'a new entry',
  'CommandOrControl+S': 'saving',
  'CommandOrControl+Enter': 'saving',
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5', '6'].map((digit) => [`CommandOrControl+${digit}`, 'switching views']),
  ),
}

function reservedBy(accelerator: string): string | undefined {
  return APP_SHORTCUTS[accelerator]
}
