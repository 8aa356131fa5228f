// Which URLs count as "the app itself". The renderer is served from one fixed origin,
// app://leadlog, so its IndexedDB (the user's journal) never changes origin across
// releases. In development (electron-vite dev) the page comes from a local dev server.
import { APP_HOST, APP_SCHEME } from '../shared/ipc'

function parse(raw: string): URL | null {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/**
 * The dev server URL, only when not packaged and only on the loopback interface: an
 * environment variable must never point a shipped app at some other host.
 */
export function devServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  const raw = env['ELECTRON_RENDERER_URL']
  if (isPackaged || !raw) return undefined
  const url = parse(raw)
  if (!url || url.protocol !== 'http:') return undefined
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? url.origin : undefined
}

/**
 * True for app://leadlog/... (and the dev server's origin when given). Node's URL gives
 * "null" as the origin of custom schemes, so scheme and host are compared directly.
 */
export function isAppUrl(raw: string, devOrigin?: string): boolean {
  const url = parse(raw)
  if (!url) return false
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST
  return devOrigin !== undefined && url.origin === devOrigin
}
