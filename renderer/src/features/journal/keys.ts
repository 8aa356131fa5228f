// Which modifier the platform uses for shortcuts (Cmd on macOS, Ctrl elsewhere).
export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

export function isModKey(event: KeyboardEvent): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && !event.altKey && !event.shiftKey
}
