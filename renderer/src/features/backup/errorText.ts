// The plain sentence inside an error. Errors thrown in the desktop main process reach the
// page as "Error invoking remote method 'file:open': Error: huge.json is …"; the user
// needs only the last part, which main already words for them.
const REMOTE_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(REMOTE_PREFIX, '')
}
