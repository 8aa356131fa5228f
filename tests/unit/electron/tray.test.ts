// Keeping Leadlog in the tray: the icon and its menu follow the setting, closing the
// window only hides it, and a real quit still quits after its last backup.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeBrowserWindow, FakeTray } = await import('./fakeElectron')
const { AppTray, hideOnClose, quickCaptureLabel, trayMenuTemplate } =
  await import('../../../electron/tray')
const { TRAY_ICON_16, TRAY_ICON_32, trayIcon } = await import('../../../electron/trayIcon')
const { QuitBackup } = await import('../../../electron/quitBackup')
const { QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')

const app = electronMock.app
const STATE = {
  captureShortcut: 'CommandOrControl+Shift+L',
  captureEnabled: true,
  keepInTray: true,
  shortcutRegistered: true,
}

function actions() {
  return { openLeadlog: vi.fn(), quickCapture: vi.fn(), quit: vi.fn() }
}

beforeEach(() => {
  FakeTray.instances.length = 0
  vi.clearAllMocks()
})

describe('tray menu', () => {
  it('offers Open Leadlog, Quick capture with its shortcut, and Quit', () => {
    const template = trayMenuTemplate(STATE, false, actions())
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open Leadlog',
      'Quick capture (Ctrl+Shift+L)',
      'separator',
      'Quit Leadlog',
    ])
    expect(trayMenuTemplate(STATE, true, actions())[1]?.label).toBe('Quick capture (⇧⌘L)')
  })

  it('names no shortcut that does not work (off, or taken by another app)', () => {
    expect(quickCaptureLabel({ ...STATE, captureEnabled: false }, false)).toBe('Quick capture')
    expect(quickCaptureLabel({ ...STATE, shortcutRegistered: false }, false)).toBe('Quick capture')
  })
})

describe('the tray icon', () => {
  it('is there exactly while keepInTray is on', () => {
    const tray = new AppTray(actions(), 'linux')
    tray.update({ ...STATE, keepInTray: false })
    expect(FakeTray.instances).toHaveLength(0)
    tray.update(STATE)
    expect(FakeTray.instances).toHaveLength(1)
    const icon = FakeTray.instances[0]!
    expect(icon.setToolTip).toHaveBeenCalledWith('Leadlog')
    tray.update({ ...STATE, captureShortcut: 'Alt+F12' })
    // The same icon, its menu set anew (Linux shows a changed menu only then).
    expect(FakeTray.instances).toHaveLength(1)
    expect(icon.setContextMenu).toHaveBeenCalledTimes(2)
    expect(icon.menu?.template[1]?.['label']).toBe('Quick capture (Alt+F12)')
    tray.update({ ...STATE, keepInTray: false })
    expect(icon.isDestroyed()).toBe(true)
    expect(tray.current).toBeNull()
  })

  it('runs each menu item', () => {
    const todo = actions()
    const tray = new AppTray(todo, 'darwin')
    tray.update(STATE)
    const icon = FakeTray.instances[0]!
    icon.choose('Open Leadlog')
    icon.choose(/^Quick capture/)
    icon.choose('Quit Leadlog')
    expect(todo.openLeadlog).toHaveBeenCalledTimes(1)
    expect(todo.quickCapture).toHaveBeenCalledTimes(1)
    expect(todo.quit).toHaveBeenCalledTimes(1)
  })

  it('opens Leadlog on a click on Windows only (macOS and Linux show the menu)', () => {
    const windows = actions()
    new AppTray(windows, 'win32').update(STATE)
    FakeTray.instances[0]!.emit('click')
    expect(windows.openLeadlog).toHaveBeenCalledTimes(1)
    const mac = actions()
    new AppTray(mac, 'darwin').update(STATE)
    FakeTray.instances[1]!.emit('click')
    expect(mac.openLeadlog).not.toHaveBeenCalled()
  })

  it('is the app icon at 16 px with its 32 px drawing for dense screens', () => {
    const root = join(__dirname, '../../..')
    expect(Buffer.from(TRAY_ICON_16, 'base64')).toEqual(
      readFileSync(join(root, 'assets/icons/16x16.png')),
    )
    expect(Buffer.from(TRAY_ICON_32, 'base64')).toEqual(
      readFileSync(join(root, 'assets/icons/32x32.png')),
    )
    const image = trayIcon() as unknown as {
      options: unknown
      representations: { scaleFactor: number }[]
    }
    expect(image.options).toEqual({ scaleFactor: 1 })
    expect(image.representations.map((r) => r.scaleFactor)).toEqual([2])
  })
})

describe('closing the window while kept in the tray', () => {
  let keepInTray = true
  let quitting = false

  beforeEach(() => {
    vi.useFakeTimers()
    app.removeAllListeners()
    keepInTray = true
    quitting = false
  })
  afterEach(() => vi.useRealTimers())

  /** As main.ts wires it: the tray's close first, then the quit backup, both skipping on hide. */
  function setup() {
    const window = new FakeBrowserWindow({})
    window.visible = true
    const backup = new QuitBackup()
    const onlyHides = () => keepInTray && !quitting
    app.on('before-quit', () => (quitting = true))
    backup.attachToApp(app as never, () => window as never)
    hideOnClose(window as never, onlyHides)
    backup.attachToWindow(window as never, onlyHides)
    return { window, backup }
  }

  function quit(): boolean {
    let prevented = false
    app.emit('before-quit', { preventDefault: () => (prevented = true) })
    return prevented
  }

  it('hides the window, asks for no backup and does not quit', () => {
    const { window } = setup()
    window.close()
    expect(window.isDestroyed()).toBe(false)
    expect(window.hide).toHaveBeenCalled()
    expect(window.isVisible()).toBe(false)
    expect(window.webContents.send).not.toHaveBeenCalled()
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('a real quit afterwards still asks for the last backup, then quits and closes', async () => {
    const { window, backup } = setup()
    window.close()
    expect(quit()).toBe(true)
    expect(window.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
    backup.written()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
    // Electron's quit: before-quit goes through, then the windows close, for real.
    expect(quit()).toBe(false)
    window.close()
    expect(window.isDestroyed()).toBe(true)
  })

  it('without keepInTray, closing backs up and closes as before', async () => {
    keepInTray = false
    const { window, backup } = setup()
    window.close()
    expect(window.hide).not.toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
    backup.written()
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
  })
})
