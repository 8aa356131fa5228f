// A labelled password input with a show/hide toggle, a hint and its error beside it.
import { useId, useState, type ReactNode, type Ref } from 'react'

export interface PasswordFieldProps {
  label: string
  value: string
  onChange(value: string): void
  hint?: ReactNode
  error?: string | null
  autoFocus?: boolean
  /** new-password for a passphrase being chosen, current-password for one being typed. */
  autoComplete: 'new-password' | 'current-password'
  disabled?: boolean
  readOnly?: boolean
  inputRef?: Ref<HTMLInputElement>
  /** Further ids that describe the input (a strength meter, a countdown). */
  describedBy?: string
}

export function PasswordField({
  label,
  value,
  onChange,
  hint,
  error,
  autoFocus,
  autoComplete,
  disabled,
  readOnly,
  inputRef,
  describedBy,
}: PasswordFieldProps) {
  const id = useId()
  const [shown, setShown] = useState(false)
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, describedBy]
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field password-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <div className="password-row">
        <input
          id={`${id}-input`}
          ref={inputRef}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus={autoFocus}
          disabled={disabled}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
        />
        <button
          type="button"
          className="password-toggle"
          // Named by its text alone: a name holding the field's label would make "Passphrase"
          // find two controls, and the button sits right after the input it controls.
          aria-controls={`${id}-input`}
          disabled={disabled}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      {error && (
        <span className="error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  )
}
