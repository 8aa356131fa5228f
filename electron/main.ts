// Leadlog's main process: app lifecycle, single-instance lock, menu, the app:// origin,
// the hardened windows (main and quick capture), the global shortcut and the tray.
// Everything that decides something lives in shared/.
import type { BrowserWindow } from 'electron'
import { app, globalShortcut, powerMonitor, safeStorage, session } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CaptureService } from './capture'
import { CaptureWindow } from './captureWindow'
import { recoverFromRendererCrashes } from './crashRecovery'
import { guardWebContents, hardenSession } from './guards'
import { registerHandlers } from './handlers'
import { KeyStore } from './keyStore'
import { lockOnSystemEvents, requestLock } from './lockRequests'
import { installMenu } from './menu'
import { devServerUrl } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { QuitBackup } from './quitBackup'
import { SettingsStore } from './settingsStore'
import { AppTray, hideOnClose } from './tray'
import { pinUserData } from './userData'
import { createMainWindow } from './window'

const mainDir = fileURLToPath(new URL('.', import.meta.url))
const devOrigin = devServerUrl(process.env, app.isPackaged)
const isDev = !app.isPackaged

// Where the journal lives, by name rather than derived from productName (see userData.ts);
// before anything reads userData, the single-instance lock included.
pinUserData(app)
// Every renderer in Chromium's sandbox, whatever a window's own options say.
app.enableSandbox()
// Must happen before 'ready': the scheme's privileges are fixed at startup.
registerAppScheme()

let mainWindow: BrowserWindow | null = null
/** Set once a real quit has begun: from then on closing the window closes it. */
let quitting = false

async function openMainWindow(
  settings: SettingsStore,
  quitBackup: QuitBackup,
  tray: AppTray,
): Promise<void> {
  const window = await createMainWindow({ mainDir, settings, devOrigin, devTools: isDev })
  // Kept in the tray (its icon is there), closing only hides the window: no backup until
  // the real quit.
  const onlyHides = () => tray.current !== null && !quitting
  hideOnClose(window, onlyHides)
  quitBackup.attachToWindow(window, onlyHides)
  // A crashed page would leave a blank window: reload it and say what happened.
  recoverFromRendererCrashes(window, { quit: () => app.quit() })
  // Windows ends the session without 'before-quit': the window must close then.
  window.on('query-session-end', () => (quitting = true))
  window.on('session-end', () => (quitting = true))
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

if (!app.requestSingleInstanceLock()) {
  // Another Leadlog is running: it gets 'second-instance' and comes to the front.
  app.quit()
} else {
  const settings = new SettingsStore(app.getPath('userData'))
  const quitBackup = new QuitBackup()
  const captureWindow = new CaptureWindow({ mainDir, devOrigin, devTools: isDev })
  const capture = new CaptureService({
    settings,
    shortcuts: globalShortcut,
    onShortcut: () => captureWindow.open(),
  })
  /** Brings the main window back (from the tray, the dock), opening one if it was closed. */
  const showMainWindow = () => {
    if (mainWindow) focusMainWindow()
    else void openMainWindow(settings, quitBackup, tray)
  }
  const tray = new AppTray({
    openLeadlog: showMainWindow,
    quickCapture: () => captureWindow.open(),
    quit: () => app.quit(),
  })
  capture.onChange((state) => {
    try {
      tray.update(state)
    } catch (error) {
      // No tray icon: closing the window then closes it, as without the setting.
      tray.destroy()
      console.error('Leadlog could not show its tray icon:', error)
    }
    // Leaving the tray while the window is hidden there would leave no way back to it.
    if (!state.keepInTray && mainWindow && !mainWindow.isVisible()) focusMainWindow()
  })
  /** The windows that show the journal, each with keys of its own, all asked to lock. */
  const journalWindows = () => [mainWindow, captureWindow.current]

  app.on('second-instance', focusMainWindow)
  // Guards on every web contents the app ever creates, not only the main window.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devOrigin))
  app.on('before-quit', () => (quitting = true))
  quitBackup.attachToApp(app, () => mainWindow)
  app.on('will-quit', () => {
    capture.stop()
    tray.destroy()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Windows groups the taskbar button and notifications by this id (electron-builder's appId).
  if (process.platform === 'win32') app.setAppUserModelId('com.leadlog.app')

  void app.whenReady().then(async () => {
    app.setAboutPanelOptions({
      applicationName: 'Leadlog',
      applicationVersion: app.getVersion(),
      credits: 'A private career journal. Everything stays on this computer.',
    })
    hardenSession(session.defaultSession, devOrigin)
    serveRenderer(join(mainDir, '../renderer'))
    const keyStore = new KeyStore({ folder: app.getPath('userData'), cipher: safeStorage })
    registerHandlers({
      settings,
      quitBackup,
      keyStore,
      devOrigin,
      capture: {
        state: () => capture.state(),
        update: (patch) => capture.update(patch),
        closeWindow: () => captureWindow.close(),
        isCaptureWindow: (contents) => captureWindow.isSender(contents),
      },
    })
    installMenu(isDev, { lockNow: () => requestLock(journalWindows()) })
    // powerMonitor can only be used once the app is ready.
    lockOnSystemEvents(powerMonitor, journalWindows)
    // globalShortcut and Tray too: a shortcut another app holds only leaves it unregistered.
    void capture.start().catch((error: unknown) => {
      console.error('Leadlog could not set up quick capture:', error)
    })
    await openMainWindow(settings, quitBackup, tray)
    app.on('activate', showMainWindow)
  })
}
