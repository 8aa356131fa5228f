import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { FakeBrowserWindow, electronMock } = await import('./fakeElectron')
const { createMainWindow, mainWebPreferences, APP_ENTRY_URL } =
  await import('../../../electron/window')
const { SettingsStore } = await import('../../../electron/settingsStore')
const { initialBounds, MIN_SIZE } = await import('../../../electron/windowState')

async function makeWindow(options: { devOrigin?: string; devTools?: boolean } = {}) {
  const settings = new SettingsStore(await mkdtemp(join(tmpdir(), 'leadlog-window-')))
  const window = (await createMainWindow({
    mainDir: '/app/out/main',
    settings,
    devTools: options.devTools ?? false,
    ...(options.devOrigin ? { devOrigin: options.devOrigin } : {}),
  })) as unknown as InstanceType<typeof FakeBrowserWindow>
  return { window, settings }
}

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0
})

describe('main window', () => {
  it('isolates the page from Node: context isolation, sandbox, no Node integration, web security', async () => {
    const { window } = await makeWindow()
    const prefs = window.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    })
    expect(prefs['preload']).toBe(join('/app/out/main', '../preload/preload.cjs'))
  })

  it('checks spelling only where the OS does it (no dictionary downloads from Google)', () => {
    expect(mainWebPreferences('/p.cjs', false, 'darwin').spellcheck).toBe(true)
    expect(mainWebPreferences('/p.cjs', false, 'linux').spellcheck).toBe(false)
    expect(mainWebPreferences('/p.cjs', false, 'win32').spellcheck).toBe(false)
  })

  it('offers developer tools only when asked (development builds)', () => {
    expect(mainWebPreferences('/p.cjs', true).devTools).toBe(true)
    expect(mainWebPreferences('/p.cjs', false).devTools).toBe(false)
  })

  it('loads the renderer from the fixed app://leadlog origin', async () => {
    const { window } = await makeWindow()
    expect(APP_ENTRY_URL).toBe('app://leadlog/index.html')
    expect(window.loadURL).toHaveBeenCalledWith('app://leadlog/index.html')
  })

  it('loads the dev server in development', async () => {
    const { window } = await makeWindow({ devOrigin: 'http://localhost:5173', devTools: true })
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })

  it('guards its web contents: window.open is denied', async () => {
    const { window } = await makeWindow()
    expect(window.webContents.windowOpenHandler?.({ url: 'app://leadlog/x' })).toEqual({
      action: 'deny',
    })
  })

  it('remembers its size and position when closed and restores them next time', async () => {
    const { window, settings } = await makeWindow()
    window.bounds = { x: 100, y: 120, width: 1300, height: 900 }
    window.maximized = true
    window.close()
    await vi.waitFor(async () => {
      expect((await new SettingsStore(settings['folder']).read()).window).toEqual({
        x: 100,
        y: 120,
        width: 1300,
        height: 900,
        maximized: true,
      })
    })
    FakeBrowserWindow.instances.length = 0
    await createMainWindow({ mainDir: '/app/out/main', settings, devTools: false })
    const next = FakeBrowserWindow.instances[0]!
    expect(next.options).toMatchObject({ x: 100, y: 120, width: 1300, height: 900 })
    expect(next.maximized).toBe(true)
  })
})

describe('initialBounds', () => {
  const screenArea = [{ x: 0, y: 0, width: 1920, height: 1080 }]

  it('uses the default size the first time', () => {
    expect(initialBounds(undefined, screenArea)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    })
  })

  it('keeps a position that is visible on a display', () => {
    const saved = { x: 50, y: 40, width: 1000, height: 700, maximized: false }
    expect(initialBounds(saved, screenArea)).toEqual(saved)
  })

  it('drops a position on a display that is gone, keeping the size', () => {
    const saved = { x: 3000, y: 40, width: 1000, height: 700, maximized: false }
    expect(initialBounds(saved, screenArea)).toEqual({ width: 1000, height: 700, maximized: false })
  })

  it('caps a size larger than every display and lifts one below the minimum', () => {
    expect(
      initialBounds({ x: 0, y: 0, width: 5000, height: 300, maximized: false }, screenArea),
    ).toMatchObject({ width: 1920, height: MIN_SIZE.height })
  })

  it('is what the window uses for its bounds', async () => {
    electronMock.screen.getAllDisplays.mockReturnValueOnce([
      { workArea: { x: 0, y: 0, width: 800, height: 600 } },
    ])
    const { window } = await makeWindow()
    expect(window.options).toMatchObject({ width: 800, height: 600 })
  })
})
