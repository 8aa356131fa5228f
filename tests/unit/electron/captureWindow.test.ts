// The quick-capture window: small, as hardened as the main window, on the app's own
// origin with the #capture page, one at a time.
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeBrowserWindow, FakeWebContents } = await import('./fakeElectron')
const { CaptureWindow, captureUrl, CAPTURE_SIZE } = await import('../../../electron/captureWindow')
const { mainWebPreferences } = await import('../../../electron/window')

type Fake = InstanceType<typeof FakeBrowserWindow>

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0
  vi.clearAllMocks()
})

function openOne(options: { devOrigin?: string; platform?: NodeJS.Platform } = {}) {
  const capture = new CaptureWindow({ mainDir: '/app/out/main', devTools: false, ...options })
  const window = capture.open() as unknown as Fake
  return { capture, window }
}

describe('quick-capture window', () => {
  it('has exactly the main window’s hardened web preferences', () => {
    const { window } = openOne()
    const prefs = window.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toEqual(mainWebPreferences('/app/out/preload/preload.cjs', false))
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
    // The default session: the same storage, so the same IndexedDB journal.
    expect(prefs).not.toHaveProperty('partition')
    expect(prefs).not.toHaveProperty('session')
  })

  it('is small (about 480×360), titled, and hidden until its page is ready', () => {
    const { window } = openOne()
    expect(CAPTURE_SIZE).toEqual({ width: 480, height: 360 })
    expect(window.options).toMatchObject({
      width: 480,
      height: 360,
      show: false,
      title: 'Quick capture – Leadlog',
      maximizable: false,
    })
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('loads the app’s own page with #capture, from the fixed origin', () => {
    const { window } = openOne()
    expect(window.loadURL).toHaveBeenCalledWith('app://leadlog/index.html#capture')
    expect(captureUrl('http://localhost:5173')).toBe('http://localhost:5173/#capture')
  })

  it('is guarded: window.open denied, navigation away blocked', () => {
    const { window } = openOne()
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    })
    expect(window.webContents.fire('will-navigate', 'https://example.com/')).toBe(true)
    expect(window.webContents.fire('will-navigate', 'app://leadlog/index.html')).toBe(false)
  })

  it('opens once: asking again brings the open window forward', () => {
    const { capture, window } = openOne()
    window.minimized = true
    window.show.mockClear()
    expect(capture.open()).toBe(window)
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(window.restore).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('on macOS makes Leadlog the active app, since the shortcut is pressed elsewhere', () => {
    const { window } = openOne({ platform: 'darwin' })
    window.emit('ready-to-show')
    expect(electronMock.app.focus).toHaveBeenCalledWith({ steal: true })
    electronMock.app.focus.mockClear()
    const other = openOne({ platform: 'linux' }).window
    other.emit('ready-to-show')
    expect(electronMock.app.focus).not.toHaveBeenCalled()
  })

  it('closes, and a closed window is opened anew next time', () => {
    const { capture, window } = openOne()
    capture.close()
    expect(window.isDestroyed()).toBe(true)
    expect(capture.current).toBeNull()
    const next = capture.open()
    expect(next).not.toBe(window)
    expect(FakeBrowserWindow.instances).toHaveLength(2)
  })

  it('knows its own page from any other sender', () => {
    const { capture, window } = openOne()
    expect(capture.isSender(window.webContents as never)).toBe(true)
    expect(capture.isSender(new FakeWebContents() as never)).toBe(false)
    capture.close()
    expect(capture.isSender(window.webContents as never)).toBe(false)
  })
})
