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

/** Hosts on this computer or the local network, named rather than numbered. */
const LOCAL_NAMES = /(^|\.)(localhost|local|localdomain|internal|lan|home\.arpa)$/i

/**
 * Whether a host is an address rather than a name: IPv4 (WHATWG URL has already turned
 * 0x7f.1, 2130706433 and the like into dotted decimal) or IPv6 (in brackets).
 */
function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[')
}

/**
 * Only https links to named public hosts leave the app, and only to the system browser
 * (desktop) or a new tab (browser build). Addresses (127.0.0.1, 192.168.1.1, [::1]),
 * localhost and local-network names are refused: a note's link must not reach a router,
 * a printer or a server on the user's own machine.
 */
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
    !isIpAddress(url.hostname) &&
    !LOCAL_NAMES.test(url.hostname.replace(/\.$/, '')) &&
    url.username === '' &&
    url.password === ''
  )
}

/** The host a link goes to, as the confirmation names it; '' when it is not a URL. */
export function externalHost(raw: string): string {
  try {
    return new UrlParser(raw).hostname
  } catch {
    return ''
  }
}
