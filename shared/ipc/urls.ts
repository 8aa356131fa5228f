// The app's own origin, and which outside links may leave it.

/**
 * The origin the renderer is served from. IndexedDB belongs to the origin, so changing
 * any of these would open an empty journal: they never change.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'leadlog'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

interface ParsedUrl {
  protocol: string
  hostname: string
  username: string
  password: string
}
// WHATWG URL exists in both Node and browsers; shared/ has no DOM or Node typings.
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL

/** Only https links to real hosts leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: ParsedUrl
  try {
    url = new UrlParser(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.hostname.includes('.') &&
    url.username === '' &&
    url.password === ''
  )
}
