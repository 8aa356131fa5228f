// Guards for every web page the app hosts: no new windows, no navigation away from the
// app, no <webview>, no permissions the app did not ask for, and no request to
// anywhere but the app itself. Links to https sites go to the system browser, after the
// user has confirmed the host (a link in a restored backup was written by someone else).
import {
  BrowserWindow,
  dialog,
  shell,
  type MessageBoxOptions,
  type Session,
  type WebContents,
} from 'electron'
import { externalHost, isSafeExternalUrl } from '../shared/ipc'
import { isAppUrl } from './origin'

/**
 * What the renderer itself uses: copy buttons (clipboard write), persistent storage for
 * the journal, and notifications (the weekly reminder, shown with the web Notification
 * API). Granted only to the app's own page, never to anything else.
 */
export const APP_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage',
  'notifications',
])

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  devOrigin?: string,
): boolean {
  return APP_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, devOrigin)
}

/** The question main asks before a link leaves the app: the host in plain sight. */
export function confirmLinkOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
    title: 'Open a link',
    message: `Open ${externalHost(url)} in your web browser?`,
    detail: url.length > 300 ? `${url.slice(0, 300)}…` : url,
  }
}

/** Asks the user; resolves true only on "Open in browser". */
async function confirmHost(url: string, owner: BrowserWindow | null): Promise<boolean> {
  const options = confirmLinkOptions(url)
  const { response } = owner
    ? await dialog.showMessageBox(owner, options)
    : await dialog.showMessageBox(options)
  return response === 0
}

/**
 * Opens a link in the system browser only if it is an https URL to a named public host
 * and the user confirms that host. Returns whether it was eligible at all.
 */
export function openExternalSafely(
  url: string,
  owner: BrowserWindow | null = null,
  confirm: (url: string, owner: BrowserWindow | null) => Promise<boolean> = confirmHost,
): boolean {
  if (!isSafeExternalUrl(url)) return false
  void confirm(url, owner)
    .then((yes) => (yes ? shell.openExternal(url) : undefined))
    .catch(() => undefined)
  return true
}

export function guardWebContents(contents: WebContents, devOrigin?: string): void {
  // A link with target=_blank (every link in a note) arrives here: never a window of ours.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url, BrowserWindow.fromWebContents(contents))
    return { action: 'deny' }
  })
  const blockUnlessApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, devOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', blockUnlessApp)
  contents.on('will-frame-navigate', blockUnlessApp)
  contents.on('will-redirect', blockUnlessApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Schemes the browser engine needs for itself: devtools, inline images, blobs. */
const INTERNAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:'])

export function isRequestAllowed(rawUrl: string, devOrigin?: string): boolean {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return false
  }
  if (INTERNAL_SCHEMES.has(url.protocol)) return true
  if (isAppUrl(rawUrl, devOrigin)) return true
  // The dev server's hot reload talks over a WebSocket on the same host and port.
  if (devOrigin && (url.protocol === 'ws:' || url.protocol === 'wss:')) {
    return url.host === new URL(devOrigin).host
  }
  return false
}

export function hardenSession(session: Session, devOrigin?: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents.getURL()
    callback(isPermissionAllowed(permission, url, devOrigin))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const url = details.requestingUrl ?? requestingOrigin
    return isPermissionAllowed(permission, url, devOrigin)
  })
  // Defence in depth behind the CSP: nothing leaves the machine, even if a bug or a
  // malicious backup file tried to make the page load a remote resource.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, devOrigin) })
  })
  session.setDevicePermissionHandler(() => false)
  // Hunspell dictionaries would be fetched from Google's servers (not on macOS).
  if (process.platform !== 'darwin') session.setSpellCheckerEnabled(false)
}
