// Ctrl/Cmd+N starts a new entry from anywhere in the app. (In a plain browser tab the
// browser keeps Ctrl+N for itself; in the desktop app it reaches us.)
import { useEffect } from 'react'
import { useNavigation } from '../../app/navigation'
import { isModKey } from './keys'

export function useNewEntryShortcut(): void {
  const startNewEntry = useNavigation((s) => s.startNewEntry)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isModKey(event) && event.key.toLowerCase() === 'n') {
        if (document.querySelector('[aria-modal="true"]')) return
        event.preventDefault()
        startNewEntry()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [startNewEntry])
}
