import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeModule from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

type Fake = typeof FakeModule

/** Loads electron/main.ts afresh against a fresh fake Electron. */
async function start(options: {
  lock: boolean
  ready: boolean
  userData?: string
  /** Shortcuts other applications hold. */
  taken?: string[]
  /** A desktop with no tray: creating the icon fails. */
  noTray?: boolean
}) {
  vi.resetModules()
  const fakeModule = await import('./fakeElectron')
  // The fake Electron main.ts will see (the mock factory's own module instance).
  const electronMock = (await import('electron')) as unknown as Fake['electronMock']
  const fake = {
    ...fakeModule,
    electronMock,
    FakeBrowserWindow: electronMock.BrowserWindow,
  }
  fake.FakeBrowserWindow.instances.length = 0
  electronMock.Tray.instances.length = 0
  electronMock.Tray.unavailable = options.noTray ?? false
  electronMock.globalShortcut.taken.clear()
  electronMock.globalShortcut.owned.clear()
  for (const accelerator of options.taken ?? []) electronMock.globalShortcut.taken.add(accelerator)
  electronMock.app.removeAllListeners()
  electronMock.powerMonitor.removeAllListeners()
  fake.electronMock.app.requestSingleInstanceLock.mockReturnValue(options.lock)
  fake.electronMock.app.getPath.mockImplementation((name: string) =>
    name === 'userData' && options.userData ? options.userData : `/fake/${name}`,
  )
  let becomeReady: () => void = () => undefined
  fake.electronMock.app.whenReady.mockReturnValue(
    new Promise<void>((resolve) => (becomeReady = resolve)),
  )
  await import('../../../electron/main')
  if (options.ready) becomeReady()
  return fake
}

beforeEach(() => {
  vi.clearAllMocks()
})

describe('main process start', () => {
  it('sandboxes every renderer and registers the app:// scheme before the app is ready', async () => {
    const { electronMock } = await start({ lock: true, ready: false })
    expect(electronMock.app.enableSandbox).toHaveBeenCalled()
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    // Not ready yet: nothing served, no window.
    expect(electronMock.protocol.handle).not.toHaveBeenCalled()
  })

  it('once ready: hardens the session, serves out/renderer, registers IPC and opens the window', async () => {
    const { electronMock, FakeBrowserWindow } = await start({ lock: true, ready: true })
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
    const session = electronMock.session.defaultSession
    expect(session.permissionRequestHandler).toBeTypeOf('function')
    expect(session.permissionCheckHandler).toBeTypeOf('function')
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled()
    expect(electronMock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electronMock.ipcMain.handle).toHaveBeenCalledTimes(17)
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalled()
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://leadlog/index.html')
  })

  it('pins userData by name before the single-instance lock reads it', async () => {
    const { electronMock } = await start({ lock: true, ready: false })
    expect(electronMock.app.setPath).toHaveBeenCalledWith(
      'userData',
      join('/fake/appData', 'Leadlog'),
    )
    const pinned = electronMock.app.setPath.mock.invocationCallOrder[0]!
    const locked = electronMock.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!
    expect(pinned).toBeLessThan(locked)
  })

  it('once ready: a crashed page in the main window is reloaded, not left blank', async () => {
    const { FakeBrowserWindow } = await start({ lock: true, ready: true })
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
    const contents = FakeBrowserWindow.instances[0]!.webContents
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(contents.reload).toHaveBeenCalledTimes(1)
  })

  it('once ready: Lock now in the menu, a screen lock and a suspend each ask the window to lock', async () => {
    const early = await start({ lock: true, ready: false })
    // powerMonitor cannot be used before the app is ready.
    expect(early.electronMock.powerMonitor.eventNames()).toEqual([])
    const { LOCK_REQUEST_EVENT } = await import('../../../shared/ipc')
    const ready = await start({ lock: true, ready: true })
    await vi.waitFor(() => expect(ready.FakeBrowserWindow.instances).toHaveLength(1))
    const send = ready.FakeBrowserWindow.instances[0]!.webContents.send
    ready.electronMock.powerMonitor.emit('lock-screen')
    ready.electronMock.powerMonitor.emit('suspend')
    expect(send).toHaveBeenCalledTimes(2)
    const template = ready.electronMock.Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      role?: string
      submenu?: { label?: string; click?: () => void }[]
    }[]
    const lockNow = template
      .find((item) => item.role === 'fileMenu')
      ?.submenu?.find((item) => item.label === 'Lock now')
    lockNow?.click?.()
    expect(send).toHaveBeenCalledTimes(3)
    expect(send.mock.calls).toEqual([
      [LOCK_REQUEST_EVENT],
      [LOCK_REQUEST_EVENT],
      [LOCK_REQUEST_EVENT],
    ])
  })

  it('guards every web contents the app creates', async () => {
    const { electronMock, FakeWebContents } = await start({ lock: true, ready: false })
    const contents = new FakeWebContents()
    electronMock.app.emit('web-contents-created', {}, contents)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    })
    expect(contents.fire('will-navigate', 'https://example.com/')).toBe(true)
  })

  it('a second instance quits at once and leaves the first one alone', async () => {
    const { electronMock } = await start({ lock: false, ready: true })
    expect(electronMock.app.quit).toHaveBeenCalled()
    expect(electronMock.app.whenReady).not.toHaveBeenCalled()
    expect(electronMock.app.listenerCount('second-instance')).toBe(0)
  })

  it('the first instance comes to the front when a second launch is attempted', async () => {
    const { electronMock, FakeBrowserWindow } = await start({ lock: true, ready: true })
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
    const window = FakeBrowserWindow.instances[0]!
    window.show.mockClear()
    electronMock.app.emit('second-instance')
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})

describe('quick capture and the tray', () => {
  const APP_PAGE = 'app://leadlog/index.html'
  const DEFAULT = 'CommandOrControl+Shift+L'

  async function userData(settings: object) {
    const folder = await mkdtemp(join(tmpdir(), 'leadlog-main-'))
    await writeFile(join(folder, 'desktop-settings.json'), JSON.stringify(settings))
    return folder
  }

  async function ready(userDataFolder?: string, taken: string[] = []) {
    const fake = await start({ lock: true, ready: true, userData: userDataFolder, taken })
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1))
    const shortcuts = fake.electronMock.globalShortcut
    await vi.waitFor(() => expect(shortcuts.register).toHaveBeenCalled())
    // The handlers main.ts registered with the fake ipcMain it was given.
    const handlers = new Map(
      fake.electronMock.ipcMain.handle.mock.calls as [string, (...args: unknown[]) => unknown][],
    )
    const call = async (channel: string, sender?: unknown, url = APP_PAGE, ...args: unknown[]) =>
      handlers.get(channel)!(
        { senderFrame: { url }, sender: sender ?? new fake.FakeWebContents() },
        ...args,
      )
    const FakeTray = fake.electronMock.Tray
    return { ...fake, FakeTray, shortcuts, main: fake.FakeBrowserWindow.instances[0]!, call }
  }

  it('registers the shortcut once ready; pressing it opens one quick-capture window on #capture', async () => {
    const early = await start({ lock: true, ready: false })
    expect(early.electronMock.globalShortcut.register).not.toHaveBeenCalled()

    const { shortcuts, FakeBrowserWindow, main } = await ready()
    expect([...shortcuts.owned.keys()]).toEqual([DEFAULT])
    shortcuts.press(DEFAULT)
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    const capture = FakeBrowserWindow.instances[1]!
    expect(capture.loadURL).toHaveBeenCalledWith('app://leadlog/index.html#capture')
    expect(capture.options['webPreferences']).toEqual(main.options['webPreferences'])
    // Pressed again: the same window comes forward.
    capture.emit('ready-to-show')
    capture.focus.mockClear()
    shortcuts.press(DEFAULT)
    expect(FakeBrowserWindow.instances).toHaveLength(2)
    expect(capture.focus).toHaveBeenCalled()
  })

  it('a shortcut another app holds: the app opens as usual and Settings learns it is taken', async () => {
    const { call, FakeBrowserWindow } = await ready(undefined, [DEFAULT])
    expect(FakeBrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith(APP_PAGE)
    await expect(call('capture:get-settings')).resolves.toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      keepInTray: false,
      shortcutRegistered: false,
    })
  })

  it('capture:close closes the quick-capture window only when that window asks', async () => {
    const { shortcuts, FakeBrowserWindow, main, call } = await ready()
    shortcuts.press(DEFAULT)
    const capture = FakeBrowserWindow.instances[1]!
    await expect(call('capture:close', main.webContents)).rejects.toThrow(/refused/)
    expect(capture.isDestroyed()).toBe(false)
    await call('capture:close', capture.webContents, `${APP_PAGE}#capture`)
    expect(capture.isDestroyed()).toBe(true)
  })

  it('lock requests reach the quick-capture window too: each page holds its own keys', async () => {
    const { shortcuts, FakeBrowserWindow, main, electronMock } = await ready()
    shortcuts.press(DEFAULT)
    const capture = FakeBrowserWindow.instances[1]!
    electronMock.powerMonitor.emit('lock-screen')
    expect(main.webContents.send).toHaveBeenCalledTimes(1)
    expect(capture.webContents.send).toHaveBeenCalledTimes(1)
  })

  it('kept in the tray: an icon, closing hides the window, Quit still backs up and quits', async () => {
    const { FakeTray, electronMock, main, call } = await ready(await userData({ keepInTray: true }))
    await vi.waitFor(() => expect(FakeTray.instances).toHaveLength(1))
    const icon = FakeTray.instances[0]!
    main.visible = true
    main.close()
    expect(main.isDestroyed()).toBe(false)
    expect(main.isVisible()).toBe(false)
    expect(main.webContents.send).not.toHaveBeenCalled()

    icon.choose('Open Leadlog')
    expect(main.isVisible()).toBe(true)

    icon.choose('Quit Leadlog')
    expect(electronMock.app.quit).toHaveBeenCalledTimes(1)
    // What app.quit() does in Electron: before-quit, held once for the last backup.
    let held = false
    electronMock.app.emit('before-quit', { preventDefault: () => (held = true) })
    expect(held).toBe(true)
    const { QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')
    expect(main.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
    await call('backup:write', main.webContents, APP_PAGE, {
      json: '{}',
      entryCount: 0,
      reason: 'quit',
    }).catch(() => undefined)
    await vi.waitFor(() => expect(electronMock.app.quit).toHaveBeenCalledTimes(2))
    // The quit that follows closes the window for real.
    main.close()
    expect(main.isDestroyed()).toBe(true)
    electronMock.app.emit('will-quit')
    expect(icon.isDestroyed()).toBe(true)
    expect(electronMock.globalShortcut.owned.size).toBe(0)
  })

  it('kept in the tray but no tray icon could be shown: closing the window closes it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fake = await start({
      lock: true,
      ready: true,
      userData: await userData({ keepInTray: true }),
      noTray: true,
    })
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1))
    await vi.waitFor(() => expect(console.error).toHaveBeenCalled())
    const main = fake.FakeBrowserWindow.instances[0]!
    main.close()
    const { QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')
    expect(main.hide).not.toHaveBeenCalled()
    expect(main.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
  })

  it('turning keepInTray on and off from Settings shows and removes the icon', async () => {
    const { FakeTray, call } = await ready()
    expect(FakeTray.instances).toHaveLength(0)
    await expect(
      call('capture:set-settings', undefined, APP_PAGE, { keepInTray: true }),
    ).resolves.toMatchObject({ keepInTray: true, shortcutRegistered: true })
    expect(FakeTray.instances).toHaveLength(1)
    await call('capture:set-settings', undefined, APP_PAGE, { keepInTray: false })
    expect(FakeTray.instances[0]!.isDestroyed()).toBe(true)
  })

  it('releases the shortcut when the app quits', async () => {
    const { electronMock, shortcuts } = await ready()
    electronMock.app.emit('will-quit')
    expect(shortcuts.unregister).toHaveBeenCalledWith(DEFAULT)
    expect(shortcuts.owned.size).toBe(0)
  })
})
