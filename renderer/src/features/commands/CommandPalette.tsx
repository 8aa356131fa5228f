// The command palette (Ctrl/Cmd+K): a modal dialog with one combobox. Typing filters the
// commands (see match.ts); the arrow keys move the active row, which stays announced through
// aria-activedescendant while focus stays in the box; Enter or a click runs it. ARIA 1.2
// combobox with a listbox popup, its options grouped by section.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { groupBySection, rankCommands } from './match'
import { runCommand } from './runCommand'
import type { Command } from './types'
import { useModalFocus } from './useModalFocus'

interface Props {
  commands: readonly Command[]
  onClose(): void
}

export function CommandPalette({ commands, onClose }: Props) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const boxRef = useRef<HTMLDivElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const focus = useModalFocus(boxRef, inputRef, onClose)
  const id = useId()
  const listId = `${id}-list`
  const optionId = (command: Command) => `${id}-${command.id}`

  const groups = useMemo(
    () => groupBySection(rankCommands(commands, query), query.trim() !== ''),
    [commands, query],
  )
  // The rows in the order they are drawn, which the arrow keys follow.
  const rows = useMemo(() => groups.flatMap((g) => g.commands), [groups])
  const current = rows[Math.min(active, rows.length - 1)]

  const run = (command: Command | undefined) => {
    if (!command || command.disabledReason) return
    focus.returnFocus()
    onClose()
    runCommand(command)
  }

  const move = (by: number) => {
    if (rows.length === 0) return
    const at = Math.min(active, rows.length - 1)
    const next = (at + by + rows.length) % rows.length
    setActive(next)
    document.getElementById(optionId(rows[next]!))?.scrollIntoView?.({ block: 'nearest' })
  }

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      move(event.key === 'ArrowDown' ? 1 : -1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      run(current)
    }
  }

  return (
    <div
      className="dialog-backdrop command-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={boxRef}
        className="card command-palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        data-command-layer=""
        onKeyDown={focus.onKeyDown}
      >
        <input
          ref={inputRef}
          className="command-input"
          type="text"
          role="combobox"
          aria-label="Type a command or a view"
          aria-expanded={rows.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a command or a view…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={onInputKey}
        />
        {rows.length > 0 && (
          <div id={listId} role="listbox" aria-label="Commands" className="command-list">
            {groups.map((group, g) => (
              <div key={group.section} role="group" aria-labelledby={`${id}-section-${g}`}>
                <div id={`${id}-section-${g}`} className="command-section">
                  {group.section}
                </div>
                {group.commands.map((command) => (
                  <div
                    key={command.id}
                    id={optionId(command)}
                    role="option"
                    className="command-option"
                    aria-selected={command === current}
                    aria-disabled={command.disabledReason ? true : undefined}
                    // Keeps focus in the box, where the keys are read.
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() => setActive(rows.indexOf(command))}
                    onClick={() => run(command)}
                  >
                    <span className="command-title">
                      {command.title}
                      {command.disabledReason && (
                        <span className="command-reason"> {command.disabledReason}</span>
                      )}
                    </span>
                    {command.shortcut && (
                      <span className="command-kbd">
                        <span className="visually-hidden">, shortcut </span>
                        <kbd className="key">{command.shortcut.label}</kbd>
                      </span>
                    )}
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
        <p className={rows.length > 0 ? 'visually-hidden' : 'command-empty'} role="status">
          {rows.length > 0
            ? `${rows.length} ${rows.length === 1 ? 'command' : 'commands'}`
            : `No command matches “${query.trim()}”.`}
        </p>
        <p className="command-help hint" aria-hidden="true">
          <kbd className="key">↑</kbd> <kbd className="key">↓</kbd> to choose ·{' '}
          <kbd className="key">Enter</kbd> to run · <kbd className="key">Esc</kbd> to close
        </p>
      </div>
    </div>
  )
}
