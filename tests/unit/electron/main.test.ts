import { beforeEach, describe, expect, it, vi } from 'vitest'
import type * as FakeModule from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

type Fake = typeof FakeModule

/** Loads electron/main.ts afresh against a fresh fake Electron. */
async function start(options: { lock: boolean; ready: boolean }) {
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
  electronMock.app.removeAllListeners()
  electronMock.powerMonitor.removeAllListeners()
  fake.electronMock.app.requestSingleInstanceLock.mockReturnValue(options.lock)
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
