// A short message at the bottom of the window, with an optional action such as Undo.
// It stays long enough to act on (10 s) and is announced politely to screen readers.
import { useEffect } from 'react'

export interface ToastProps {
  message: string
  actionLabel?: string
  onAction?: () => void
  onDismiss: () => void
  /** How long it stays, in milliseconds. */
  duration?: number
}

export function Toast({
  message,
  actionLabel,
  onAction,
  onDismiss,
  duration = 10_000,
}: ToastProps) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, duration)
    return () => window.clearTimeout(timer)
  }, [onDismiss, duration, message])

  return (
    <div className="toast" role="status" aria-live="polite">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button
          type="button"
          onClick={() => {
            onAction()
            onDismiss()
          }}
        >
          {actionLabel}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
