// The command table: every view is reachable, new entries of each kind, the lock only for
// an encrypted journal that is open, the theme in use not offered again.
import { describe, expect, it } from 'vitest'
import { ENTRY_KINDS } from '../../../../shared/entry'
import { VIEWS } from '../../../../renderer/src/app/navigation'
import { rankCommands } from '../../../../renderer/src/features/commands/match'
import { commandTable } from './fixtures'

const byId = (table: ReturnType<typeof commandTable>, id: string) => {
  const found = table.commands.find((c) => c.id === id)
  if (!found) throw new Error(`No command ${id}`)
  return found
}

describe('buildCommands', () => {
  it('reaches every view, each with its Ctrl+digit shortcut', () => {
    const table = commandTable()
    VIEWS.forEach((view, i) => {
      const command = byId(table, `go:${view}`)
      expect(command.shortcut?.aria).toBe(`Control+${i + 1}`)
      void command.run()
      expect(table.actions.go).toHaveBeenLastCalledWith(view)
    })
    expect(table.actions.go).toHaveBeenCalledTimes(VIEWS.length)
  })

  it('finds each view by typing its name', () => {
    const { commands } = commandTable()
    for (const [query, id] of [
      ['review', 'go:review'],
      ['readiness', 'go:readiness'],
      ['promotion', 'go:promotion'],
      ['settings', 'go:settings'],
      ['bullets', 'go:bullets'],
      ['journal', 'go:journal'],
    ]) {
      expect(rankCommands(commands, query!)[0]?.id, query).toBe(id)
    }
  })

  it('starts a new entry of each kind, and a plain one', () => {
    const table = commandTable()
    for (const kind of ENTRY_KINDS) {
      void byId(table, `new:${kind}`).run()
      expect(table.actions.startNewEntry).toHaveBeenLastCalledWith({ kind })
    }
    void byId(table, 'new:any').run()
    expect(table.actions.startNewEntry).toHaveBeenLastCalledWith()
  })

  it('shows Ctrl+N only in the desktop app, where the browser does not keep it', () => {
    expect(byId(commandTable({ platform: 'browser' }), 'new:any').shortcut).toBeUndefined()
    expect(byId(commandTable({ platform: 'desktop' }), 'new:any').shortcut?.label).toBe('Ctrl+N')
  })

  it('locks only an encrypted journal, and says why not otherwise', () => {
    for (const vault of ['plain', 'unknown', 'locked'] as const) {
      expect(byId(commandTable({ vault }), 'lock').disabledReason, vault).toMatch(/encrypt/)
    }
    const open = commandTable({ vault: 'unlocked' })
    const lock = byId(open, 'lock')
    expect(lock.disabledReason).toBeUndefined()
    expect(lock.shortcut?.label).toBe('Ctrl+L')
    void lock.run()
    expect(open.actions.lock).toHaveBeenCalledTimes(1)
  })

  it('offers the themes not in use', () => {
    const table = commandTable({ theme: 'dark' })
    expect(byId(table, 'theme:dark').disabledReason).toBe('In use now.')
    expect(byId(table, 'theme:light').disabledReason).toBeUndefined()
    void byId(table, 'theme:light').run()
    expect(table.actions.setTheme).toHaveBeenCalledWith('light')
    // While the settings load, none is marked as in use.
    const loading = commandTable({ theme: undefined })
    expect(loading.commands.filter((c) => c.disabledReason && c.section === 'Appearance')).toEqual(
      [],
    )
  })

  it('wires search, the review exports, the backup and the shortcuts sheet', () => {
    const table = commandTable()
    expect(byId(table, 'search').shortcut?.label).toBe('/')
    void byId(table, 'search').run()
    expect(table.actions.focusSearch).toHaveBeenCalled()
    for (const format of ['md', 'pdf', 'docx', 'json'] as const) {
      void byId(table, `review:${format}`).run()
      expect(table.actions.exportReview).toHaveBeenLastCalledWith(format)
    }
    void byId(table, 'backup:now').run()
    expect(table.actions.backUpNow).toHaveBeenCalled()
    expect(byId(table, 'help:shortcuts').shortcut?.label).toBe('?')
    void byId(table, 'help:shortcuts').run()
    expect(table.actions.showShortcuts).toHaveBeenCalled()
  })

  it('gives every command a unique id', () => {
    const ids = commandTable().commands.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
