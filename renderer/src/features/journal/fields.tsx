// Labelled inputs with a short prompt and an inline error, both tied to the control
// with aria-describedby so a screen reader reads them with the field. A required field
// says so from the start, not only after a save fails.
import { useId, type ReactNode, type Ref } from 'react'

interface FieldProps {
  label: string
  hint?: string
  error?: string
  /** Renders the control; receives the id and ARIA props to spread on it. */
  children: (props: {
    id: string
    'aria-describedby'?: string
    'aria-invalid'?: boolean
    'aria-required'?: boolean
  }) => ReactNode
  className?: string
  required?: boolean
}

/** The visible mark; the control itself carries aria-required for screen readers. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      required
    </span>
  )
}

export function Field({ label, hint, error, children, className, required }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')
  return (
    <div className={`field ${className ?? ''}`}>
      {/* The mark sits outside the label so the field's name stays its label alone. */}
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {required && <RequiredMark />}
      </span>
      {/* The prompt sits above the control: it is read before anything is typed. */}
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required || undefined,
      })}
      {error && (
        <span id={errorId} className="error">
          {error}
        </span>
      )}
    </div>
  )
}

interface TextProps {
  label: string
  hint?: string
  error?: string
  value: string
  onChange(value: string): void
  onBlur?(): void
  multiline?: boolean
  rows?: number
  placeholder?: string
  className?: string
  required?: boolean
  inputRef?: Ref<HTMLInputElement>
}

export function TextField({
  multiline,
  rows = 3,
  value,
  onChange,
  onBlur,
  placeholder,
  inputRef,
  ...field
}: TextProps) {
  return (
    <Field {...field}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            rows={rows}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        ) : (
          <input
            {...props}
            ref={inputRef}
            type="text"
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        )
      }
    </Field>
  )
}
