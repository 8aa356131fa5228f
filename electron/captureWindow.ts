// The quick-capture window: a small window with the main window's hardened web
// preferences, showing the same page from the same origin (app://leadlog), so it opens the
// same IndexedDB journal. The page renders the quick-capture form for the #capture hash.
// One at a time: asking again brings the open one forward.
import {
  app,
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type WebContents,
} from 'electron'
import { installContextMenu } from './contextMenu'
import { guardWebContents } from './guards'
import { APP_ENTRY_URL, mainWebPreferences, pageBackground, preloadPath } from './window'

export const CAPTURE_HASH = '#capture'
export const CAPTURE_SIZE = { width: 480, height: 360 }
export const CAPTURE_MIN_SIZE = { width: 380, height: 300 }
export const CAPTURE_TITLE = 'Quick capture – Leadlog'

/** The page of the quick-capture window: the app's own page with the #capture hash. */
export function captureUrl(devOrigin?: string): string {
  return devOrigin ? `${devOrigin}/${CAPTURE_HASH}` : `${APP_ENTRY_URL}${CAPTURE_HASH}`
}

export function captureWindowOptions(
  mainDir: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...CAPTURE_SIZE,
    minWidth: CAPTURE_MIN_SIZE.width,
    minHeight: CAPTURE_MIN_SIZE.height,
    title: CAPTURE_TITLE,
    show: false,
    center: true,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    // The app menu stays reachable with Alt on Windows and Linux, out of the way otherwise.
    autoHideMenuBar: true,
    backgroundColor: pageBackground(),
    webPreferences: mainWebPreferences(preloadPath(mainDir), devTools),
  }
}

export interface CaptureWindowOptions {
  mainDir: string
  devOrigin?: string
  devTools: boolean
  platform?: NodeJS.Platform
}

export class CaptureWindow {
  private window: BrowserWindow | null = null

  constructor(private readonly options: CaptureWindowOptions) {}

  /** The open quick-capture window, if any. */
  get current(): BrowserWindow | null {
    return this.window && !this.window.isDestroyed() ? this.window : null
  }

  /** Opens the window, or brings the open one forward with what was typed in it. */
  open(): BrowserWindow {
    const open = this.current
    if (open) {
      this.bringForward(open)
      return open
    }
    const { mainDir, devOrigin, devTools } = this.options
    const window = new BrowserWindow(captureWindowOptions(mainDir, devTools))
    guardWebContents(window.webContents, devOrigin)
    installContextMenu(window)
    window.once('ready-to-show', () => this.bringForward(window))
    window.on('closed', () => {
      if (this.window === window) this.window = null
    })
    this.window = window
    window.loadURL(captureUrl(devOrigin)).catch((error) => {
      console.error('Leadlog could not load the quick-capture page:', error)
    })
    return window
  }

  close(): void {
    this.current?.close()
  }

  /** True when the IPC message came from the quick-capture window's page. */
  isSender(contents: WebContents): boolean {
    const open = this.current
    return open !== null && open.webContents === contents
  }

  private bringForward(window: BrowserWindow): void {
    if (window.isDestroyed()) return
    // The shortcut is pressed while another application is active: on macOS showing a
    // window does not make Leadlog the active app, so it is asked to be.
    if ((this.options.platform ?? process.platform) === 'darwin') app.focus({ steal: true })
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  }
}
