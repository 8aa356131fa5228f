// The main window: a hardened BrowserWindow that shows the renderer from app://leadlog/
// (or the dev server), with its size and position remembered.
import { BrowserWindow, nativeTheme, screen, type WebPreferences } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN } from '../shared/ipc'
import { installContextMenu } from './contextMenu'
import { guardWebContents } from './guards'
import type { SettingsStore } from './settingsStore'
import { initialBounds, MIN_SIZE } from './windowState'

export { CONTENT_SECURITY_POLICY } from './csp'

/** The page gets no Node, runs in Chromium's sandbox, and sees the preload only via contextBridge. */
export function mainWebPreferences(
  preloadPath: string,
  devTools: boolean,
  platform: NodeJS.Platform = process.platform,
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    // Only macOS checks spelling with the OS; elsewhere Chromium would download
    // dictionaries from Google's servers, and nothing may leave the machine.
    spellcheck: platform === 'darwin',
    devTools,
  }
}

export interface MainWindowOptions {
  /** The folder of the built main process (out/main); preload lives next to it. */
  mainDir: string
  settings: SettingsStore
  devOrigin?: string
  devTools: boolean
}

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** The preload, built next to the main process (out/main → out/preload). */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/preload.cjs')
}

/** The page's own background (styles.css --bg), so no white flash before it paints. */
export function pageBackground(): string {
  return nativeTheme.shouldUseDarkColors ? '#12151d' : '#f6f7fb'
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = (await options.settings.read()).window
  const bounds = initialBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Leadlog',
    show: false,
    backgroundColor: pageBackground(),
    webPreferences: mainWebPreferences(preloadPath(options.mainDir), options.devTools),
  })
  guardWebContents(window.webContents, options.devOrigin)
  installContextMenu(window)
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    if (window.isDestroyed()) return
    const { x, y, width, height } = window.getNormalBounds()
    void options.settings
      .update({ window: { x, y, width, height, maximized: window.isMaximized() } })
      .catch(() => undefined)
  })
  // Not awaited: the window is usable (focus, quit backup) while the page loads.
  window.loadURL(options.devOrigin ? `${options.devOrigin}/` : APP_ENTRY_URL).catch((error) => {
    console.error('Leadlog could not load its page:', error)
  })
  return window
}
