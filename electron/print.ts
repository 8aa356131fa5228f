// HTML to PDF in a hidden window. The report (private notes) is served from memory on
// app://print/ in a separate in-memory session, never written to a temp file, and its
// page may load nothing but itself and inline (data:) images: no network, no files.
import { BrowserWindow, session, type Session } from 'electron'
import { randomUUID } from 'node:crypto'
import { APP_SCHEME } from '../shared/ipc'

const PRINT_PARTITION = 'leadlog-print'
const PRINT_HOST = 'print'
/** Inline styles and data: images or fonts only; scripts are off in the window anyway. */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

/** Reports being printed, by id; each lives only until its PDF is made. */
const pending = new Map<string, string>()
const guardedSessions = new WeakSet<Session>()

export function isPrintRequestAllowed(raw: string): boolean {
  if (raw.startsWith('data:')) return true
  try {
    const url = new URL(raw)
    return url.protocol === `${APP_SCHEME}:` && url.host === PRINT_HOST
  } catch {
    return false
  }
}

export function printResponse(raw: string): Response {
  const url = new URL(raw)
  const id = /^\/([0-9a-f-]{36})\.html$/.exec(url.pathname)?.[1]
  const html = url.host === PRINT_HOST && id ? pending.get(id) : undefined
  if (html === undefined) return new Response('Not found', { status: 404 })
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PRINT_CSP,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

function printSession(): Session {
  const printing = session.fromPartition(PRINT_PARTITION)
  if (!guardedSessions.has(printing)) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    printing.setPermissionCheckHandler(() => false)
    printing.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isPrintRequestAllowed(details.url) })
    })
    printing.protocol.handle(APP_SCHEME, (request) => printResponse(request.url))
    guardedSessions.add(printing)
  }
  return printing
}

/** Renders self-contained HTML to PDF bytes in a hidden window with JavaScript off. */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const id = randomUUID()
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    },
  })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  pending.set(id, html)
  try {
    await window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${id}.html`)
    // The document's own @page rules (size, margins, page numbers) win; A4 otherwise.
    // Tagged, with an outline from its headings, so PDF readers can navigate it.
    const pdf = await window.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    })
    return new Uint8Array(pdf)
  } finally {
    pending.delete(id)
    if (!window.isDestroyed()) window.destroy()
  }
}
