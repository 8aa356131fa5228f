// What a command is: one row of the table the palette searches and the shortcuts sheet lists.

/** Sections, in the order the palette and the sheet show them. */
export const COMMAND_SECTIONS = [
  'Go to',
  'Entries',
  'Export and back up',
  'Privacy',
  'Appearance',
  'Help',
] as const
export type CommandSection = (typeof COMMAND_SECTIONS)[number]

/** A key combination as a person reads it and as aria-keyshortcuts names it. */
export interface Shortcut {
  /** "Ctrl+K", "⌘K", "?" */
  label: string
  /** "Control+K", "Meta+K", "?" */
  aria: string
}

export interface Command {
  /** Stable, for React keys and tests: "go:review", "new:stakeholder-win". */
  id: string
  title: string
  section: CommandSection
  /** Other words a person may type for it ("resume" finds Bullets). */
  keywords?: readonly string[]
  shortcut?: Shortcut
  /** Why it cannot run now; absent when it can. A disabled command is listed, not run. */
  disabledReason?: string
  /**
   * Does the work. It may settle with a sentence to tell the user (a backup's outcome);
   * a failure is told too.
   */
  run(): void | string | Promise<void | string>
}
