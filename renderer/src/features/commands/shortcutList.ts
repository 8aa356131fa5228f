// What the shortcuts sheet lists: every command that has a shortcut, from the same table
// as the palette, and the keys that work inside one place (the editor, the timeline, the
// palette) and so are no command of their own.
import { keyShortcut, modShortcut } from './keys'
import { COMMAND_SECTIONS, type Command, type Shortcut } from './types'

export interface ShortcutRow {
  keys: Shortcut[]
  action: string
  /** When it does not apply now (the lock in a plain journal). */
  note?: string
}

export interface ShortcutGroup {
  title: string
  rows: ShortcutRow[]
}

const arrows = [keyShortcut('↑', 'ArrowUp'), keyShortcut('↓', 'ArrowDown')]

/** Keys that belong to one place. Kept in step with the handlers they describe. */
export function placeShortcuts(): ShortcutGroup[] {
  return [
    {
      title: 'In the entry editor',
      rows: [
        { keys: [modShortcut('S')], action: 'Save the entry' },
        { keys: [keyShortcut('Esc', 'Escape')], action: 'Close the editor' },
      ],
    },
    {
      title: 'In the timeline',
      rows: [{ keys: arrows, action: 'Move to the next or previous entry' }],
    },
    {
      title: 'In the command palette',
      rows: [
        { keys: arrows, action: 'Choose a command' },
        { keys: [keyShortcut('Enter')], action: 'Run it' },
        { keys: [keyShortcut('Esc', 'Escape')], action: 'Close the palette' },
      ],
    },
    {
      title: 'In a dialog',
      rows: [{ keys: [keyShortcut('Esc', 'Escape')], action: 'Close it without a change' }],
    },
  ]
}

/** The sheet's groups: anywhere (the palette itself), each section's commands, then the places. */
export function shortcutGroups(commands: readonly Command[]): ShortcutGroup[] {
  const anywhere: ShortcutGroup = {
    title: 'Anywhere',
    rows: [{ keys: [modShortcut('K')], action: 'Open the command palette' }],
  }
  const bySection = COMMAND_SECTIONS.map((section) => ({
    title: section,
    rows: commands
      .filter((c) => c.section === section && c.shortcut)
      .map((c) => ({ keys: [c.shortcut!], action: c.title, note: c.disabledReason })),
  }))
  return [anywhere, ...bySection, ...placeShortcuts()].filter((g) => g.rows.length > 0)
}
