// The command table with spies for every action, for tests that run commands.
import { vi } from 'vitest'
import {
  buildCommands,
  type CommandActions,
  type CommandContext,
} from '../../../../renderer/src/features/commands/buildCommands'

export function spyActions(): CommandActions {
  return {
    go: vi.fn(),
    startNewEntry: vi.fn(),
    focusSearch: vi.fn(),
    exportReview: vi.fn(async () => undefined),
    backUpNow: vi.fn(async () => 'Backed up.'),
    lock: vi.fn(),
    setTheme: vi.fn(async () => 'Theme set.'),
    showShortcuts: vi.fn(),
    removeSampleEntries: vi.fn(async () => 'Removed.'),
  }
}

export const PLAIN: CommandContext = { vault: 'plain', theme: 'system', platform: 'browser' }

export function commandTable(context: Partial<CommandContext> = {}) {
  const actions = spyActions()
  return { actions, commands: buildCommands({ ...PLAIN, ...context }, actions) }
}
