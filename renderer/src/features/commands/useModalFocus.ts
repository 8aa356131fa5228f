// The keyboard contract of the command layer's dialogs: focus moves in when one opens,
// Tab and Shift+Tab stay inside, Escape closes, and focus goes back to where it was.
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), [href], [tabindex]:not([tabindex="-1"])'

/** Puts focus back where it was before the dialog opened, if that is still on the page. */
function restore(previous: HTMLElement | null): void {
  if (previous?.isConnected) previous.focus()
}

export interface ModalFocus {
  /** For the dialog's onKeyDown: traps Tab, closes on Escape. */
  onKeyDown(event: KeyboardEvent): void
  /** Returns focus now (before a command runs, so the command may move it on). */
  returnFocus(): void
}

export function useModalFocus(
  box: RefObject<HTMLElement | null>,
  initial: RefObject<HTMLElement | null>,
  onClose: () => void,
): ModalFocus {
  const previous = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    previous.current = before
    initial.current?.focus()
    return () => {
      // Focus already returned (a command ran) is not pulled back again.
      if (previous.current) restore(previous.current)
    }
  }, [initial])

  const returnFocus = useCallback(() => {
    restore(previous.current)
    previous.current = null
  }, [])

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Not also closing the entry editor behind the dialog, which listens on window.
        event.preventDefault()
        event.stopPropagation()
        onClose()
        return
      }
      if (event.key !== 'Tab' || !box.current) return
      const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (!first || !last) return
      if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
        event.preventDefault()
        ;(event.shiftKey ? last : first).focus()
      }
    },
    [box, onClose],
  )

  return { onKeyDown, returnFocus }
}
