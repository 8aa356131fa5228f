// Keyboard shortcuts written as Electron accelerators ("CommandOrControl+Shift+L"): the
// strict form Leadlog accepts for its global quick-capture shortcut, and how to show one
// to the user. Stricter than Electron on purpose: canonical spelling only, one key, and a
// modifier that is not Shift alone, because a global shortcut takes that combination away
// from every other application.
import { z } from 'zod'

/** Ctrl+Shift+L on Windows and Linux, ⇧⌘L on a Mac. */
export const DEFAULT_CAPTURE_SHORTCUT = 'CommandOrControl+Shift+L'

export const ACCELERATOR_MODIFIERS = [
  'CommandOrControl',
  'CmdOrCtrl',
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
] as const

/** The keys Electron names, less media and volume keys (no global use for a journal). */
const KEY_PATTERN = [
  '[A-Z0-9]',
  'F(?:[1-9]|1[0-9]|2[0-4])',
  "[-=[\\]\\\\;',./`]",
  'Plus|Space|Tab|Backspace|Delete|Insert|Return|Enter|Escape|Esc',
  'Up|Down|Left|Right|Home|End|PageUp|PageDown|PrintScreen',
  'num[0-9]|numdec|numadd|numsub|nummult|numdiv',
].join('|')

/** One to four modifiers, each followed by '+', then exactly one key. */
export const ACCELERATOR_PATTERN = new RegExp(
  `^(?:(?:${ACCELERATOR_MODIFIERS.join('|')})\\+){1,4}(?:${KEY_PATTERN})$`,
)

type Modifier = (typeof ACCELERATOR_MODIFIERS)[number]
/** A physical modifier key; 'mod' is Command on a Mac and Control elsewhere. */
type ModifierKey = 'mod' | 'command' | 'control' | 'alt' | 'altgr' | 'shift' | 'super'

/** Which physical modifier each spelling stands for. */
const MODIFIER_KEY: Record<Modifier, ModifierKey> = {
  CommandOrControl: 'mod',
  CmdOrCtrl: 'mod',
  Command: 'command',
  Cmd: 'command',
  Control: 'control',
  Ctrl: 'control',
  Alt: 'alt',
  Option: 'alt',
  AltGr: 'altgr',
  Shift: 'shift',
  Super: 'super',
  Meta: 'super',
}

/** The parts before the key ('+' itself is spelled Plus, so it never splits a key). */
function modifiersOf(accelerator: string): Modifier[] {
  return accelerator.split('+').slice(0, -1) as Modifier[]
}

function usesAModifierTwice(accelerator: string): boolean {
  const seen = modifiersOf(accelerator).map((m) => MODIFIER_KEY[m])
  const mod = seen.includes('mod')
  return (
    new Set(seen).size !== seen.length ||
    (mod && (seen.includes('command') || seen.includes('control')))
  )
}

function hasMoreThanShift(accelerator: string): boolean {
  return modifiersOf(accelerator).some((m) => MODIFIER_KEY[m] !== 'shift')
}

export const acceleratorSchema = z
  .string()
  .max(100)
  .regex(ACCELERATOR_PATTERN, 'is not a keyboard shortcut Leadlog can use')
  .refine((value) => !usesAModifierTwice(value), 'names a modifier key twice')
  .refine(
    hasMoreThanShift,
    'needs Ctrl, Alt, Cmd or Super: with Shift alone it would take a letter from every application',
  )

export function isAccelerator(value: string): boolean {
  return acceleratorSchema.safeParse(value).success
}

const MAC_SYMBOL: Record<ModifierKey, string> = {
  mod: '⌘',
  command: '⌘',
  control: '⌃',
  alt: '⌥',
  altgr: '⌥',
  shift: '⇧',
  super: '⌘',
}

const PC_NAME: Record<ModifierKey, string> = {
  mod: 'Ctrl',
  command: 'Cmd',
  control: 'Ctrl',
  alt: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
}

const KEY_NAME: Record<string, string> = {
  Plus: '+',
  Return: 'Enter',
  Esc: 'Escape',
  numdec: 'Num .',
  numadd: 'Num +',
  numsub: 'Num -',
  nummult: 'Num *',
  numdiv: 'Num /',
}

/**
 * The shortcut as this computer writes it: "Ctrl+Shift+L" on Windows and Linux,
 * "⇧⌘L" on a Mac (modifiers in Apple's order: ⌃ ⌥ ⇧ ⌘).
 */
export function describeAccelerator(accelerator: string, mac: boolean): string {
  const modifiers = modifiersOf(accelerator).map((m) => MODIFIER_KEY[m])
  const rawKey = accelerator.split('+').pop() ?? ''
  const key = KEY_NAME[rawKey] ?? rawKey.replace(/^num(\d)$/, 'Num $1')
  if (mac) {
    const order = ['control', 'alt', 'altgr', 'shift', 'mod', 'command', 'super'] as const
    const symbols = order.filter((m) => modifiers.includes(m)).map((m) => MAC_SYMBOL[m])
    return [...new Set(symbols)].join('') + key
  }
  return [...modifiers.map((m) => PC_NAME[m]), key].join('+')
}
