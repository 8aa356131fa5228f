// The command layer's keys, from anywhere in the app: Ctrl/Cmd+K opens (or closes) the
// palette, "?" the shortcuts sheet and "/" the journal's search. "?" and "/" are typed
// characters too, so they act only when focus is not in a text field; none of them acts
// over another dialog (a "Discard changes?" question must be answered first).
import { useEffect } from 'react'
import { useNavigation } from '../../app/navigation'
import { useCommandsUi } from './commandsSlice'
import { isModWith, isTypingTarget } from './keys'

/** A modal dialog that is not the palette or the sheet. */
function otherDialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]:not([data-command-layer])') !== null
}

export function handleCommandKey(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || otherDialogOpen()) return
  const ui = useCommandsUi.getState()
  if (isModWith(event, 'k')) {
    event.preventDefault()
    if (ui.open === 'palette') ui.close()
    else ui.show('palette')
    return
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return
  if (ui.open || isTypingTarget(event.target)) return
  if (event.key === '?') {
    event.preventDefault()
    ui.show('shortcuts')
  } else if (event.key === '/') {
    // Kept from the search box it focuses, which would otherwise receive the "/".
    event.preventDefault()
    useNavigation.getState().focusSearch()
  }
}

export function useCommandKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleCommandKey)
    return () => window.removeEventListener('keydown', handleCommandKey)
  }, [])
}
