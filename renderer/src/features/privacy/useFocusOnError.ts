// A refused task re-enables its form, and the button that was pressed lost focus while
// disabled: focus moves to the message, so the keyboard is not left on the page's body.
import { useEffect, useRef } from 'react'

export function useFocusOnError(error: string | null) {
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])
  return ref
}
