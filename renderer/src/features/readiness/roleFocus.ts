// "Choose yours in Settings" lands on the choice itself: the link asks, and the next role
// select to appear (RoleSettings, in Settings) takes focus once. UI state only.
let requested = false

export function requestRoleFocus(): void {
  requested = true
}

/** True once after a request: the caller should focus the role select. */
export function takeRoleFocusRequest(): boolean {
  const was = requested
  requested = false
  return was
}
