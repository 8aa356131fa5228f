// Leadlog's main process: app lifecycle, single-instance lock, menu, the app:// origin
// and the hardened window. Everything that decides something lives in shared/.
import type { BrowserWindow } from 'electron'
import { app, powerMonitor, safeStorage, session } from 'electron'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { guardWebContents, hardenSession } from './guards'
import { registerHandlers } from './handlers'
import { KeyStore } from './keyStore'
import { lockOnSystemEvents, requestLock } from './lockRequests'
import { installMenu } from './menu'
import { devServerUrl } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { QuitBackup } from './quitBackup'
import { SettingsStore } from './settingsStore'
import { createMainWindow } from './window'

const mainDir = fileURLToPath(new URL('.', import.meta.url))
const devOrigin = devServerUrl(process.env, app.isPackaged)
const isDev = !app.isPackaged

// Every renderer in Chromium's sandbox, whatever a window's own options say.
app.enableSandbox()
// Must happen before 'ready': the scheme's privileges are fixed at startup.
registerAppScheme()

let mainWindow: BrowserWindow | null = null

async function openMainWindow(settings: SettingsStore, quitBackup: QuitBackup): Promise<void> {
  const window = await createMainWindow({ mainDir, settings, devOrigin, devTools: isDev })
  quitBackup.attachToWindow(window)
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

  app.on('second-instance', focusMainWindow)
  // Guards on every web contents the app ever creates, not only the main window.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devOrigin))
  quitBackup.attachToApp(app, () => mainWindow)

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
    registerHandlers({ settings, quitBackup, keyStore, devOrigin })
    installMenu(isDev, { lockNow: () => requestLock(mainWindow) })
    // powerMonitor can only be used once the app is ready.
    lockOnSystemEvents(powerMonitor, () => mainWindow)
    await openMainWindow(settings, quitBackup)
    app.on('activate', () => {
      if (!mainWindow) void openMainWindow(settings, quitBackup)
    })
  })
}
