// The quick-capture shortcut: shown as this computer writes it, changed by pressing the
// new combination. "Change" starts listening; Esc (or leaving the button) stops without
// a change, so the keyboard is never trapped.
import { useId, useState, type KeyboardEvent } from 'react'
import { DEFAULT_CAPTURE_SHORTCUT, describeAccelerator } from '../../../../shared/ipc'
import { recordShortcut } from './shortcutKeys'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

export function describeShortcut(accelerator: string): string {
  return describeAccelerator(accelerator, isMac)
}

interface Props {
  shortcut: string
  disabled: boolean
  /** Saves a new shortcut; the field shows what the answer says is in effect. */
  onChange(accelerator: string): void
  /** Says what went wrong or what to do, next to the field. */
  problem: string | null
}

export function ShortcutField({ shortcut, disabled, onChange, problem }: Props) {
  const id = useId()
  const [recording, setRecording] = useState(false)
  const [invalid, setInvalid] = useState<string | null>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!recording) return
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey
    // Tab moves on and Esc stops, as anywhere else.
    if (plain && event.key === 'Tab') return setRecording(false)
    event.preventDefault()
    if (plain && event.key === 'Escape') {
      setInvalid(null)
      return setRecording(false)
    }
    const result = recordShortcut(event.nativeEvent, isMac)
    if (result.state === 'waiting') return
    if (result.state === 'invalid') return setInvalid(result.message)
    setInvalid(null)
    setRecording(false)
    if (result.accelerator !== shortcut) onChange(result.accelerator)
  }

  const message = invalid ?? problem
  return (
    <div className="field capture-shortcut">
      <span className="capture-shortcut-label">Shortcut</span>
      <div className="row">
        <kbd id={`${id}-current`}>{describeShortcut(shortcut)}</kbd>
        <button
          type="button"
          aria-pressed={recording}
          aria-describedby={`${id}-current ${id}-hint${message ? ` ${id}-problem` : ''}`}
          disabled={disabled}
          onClick={() => {
            setInvalid(null)
            setRecording((now) => !now)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecording(false)}
        >
          {recording ? 'Press the new shortcut…' : 'Change shortcut'}
        </button>
        <button
          type="button"
          disabled={disabled || shortcut === DEFAULT_CAPTURE_SHORTCUT}
          onClick={() => {
            setInvalid(null)
            onChange(DEFAULT_CAPTURE_SHORTCUT)
          }}
        >
          Reset to {describeShortcut(DEFAULT_CAPTURE_SHORTCUT)}
        </button>
      </div>
      <span className="hint" id={`${id}-hint`}>
        {recording
          ? 'Hold Ctrl, Alt or ⌘ and press a key. Esc stops without changing it.'
          : 'Works in any application while Leadlog is running.'}
      </span>
      {message && (
        <span className="error" id={`${id}-problem`} role="alert">
          {message}
        </span>
      )}
    </div>
  )
}
