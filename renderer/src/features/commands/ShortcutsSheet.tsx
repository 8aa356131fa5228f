// The keyboard shortcuts sheet ("?"): every shortcut by section, from the command table and
// the keys of the editor, the timeline and the dialogs. A modal dialog like the palette.
import { useId, useMemo, useRef } from 'react'
import { shortcutGroups } from './shortcutList'
import type { Command } from './types'
import { useModalFocus } from './useModalFocus'

interface Props {
  commands: readonly Command[]
  onClose(): void
}

export function ShortcutsSheet({ commands, onClose }: Props) {
  const boxRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const focus = useModalFocus(boxRef, closeRef, onClose)
  const titleId = useId()
  const groups = useMemo(() => shortcutGroups(commands), [commands])

  return (
    <div
      className="dialog-backdrop command-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={boxRef}
        className="card shortcuts-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-command-layer=""
        onKeyDown={focus.onKeyDown}
      >
        <header className="shortcuts-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        </header>
        {/* Focusable, so it scrolls with the keyboard when the window is short. */}
        <div className="shortcuts-groups" tabIndex={0} role="region" aria-labelledby={titleId}>
          {groups.map((group) => (
            <div key={group.title} className="shortcuts-group">
              <h3>{group.title}</h3>
              <dl>
                {group.rows.map((row) => (
                  <div key={row.action} className="shortcuts-row">
                    <dt>
                      {row.keys.map((key, i) => (
                        <kbd key={i} className="key">
                          {key.label}
                        </kbd>
                      ))}
                    </dt>
                    <dd>
                      {row.action}
                      {row.note && <span className="hint"> ({row.note})</span>}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
