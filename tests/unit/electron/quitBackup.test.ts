import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeBrowserWindow } = await import('./fakeElectron')
const { QuitBackup, QUIT_BACKUP_TIMEOUT_MS, QUIT_BACKUP_WRITE_LIMIT_MS } =
  await import('../../../electron/quitBackup')
const { QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')

const app = electronMock.app

/** Emits before-quit like Electron; returns whether the quit was held. */
function quit(): boolean {
  let prevented = false
  app.emit('before-quit', { preventDefault: () => (prevented = true) })
  return prevented
}

beforeEach(() => {
  vi.useFakeTimers()
  app.removeAllListeners()
  app.quit.mockClear()
})

afterEach(() => {
  vi.useRealTimers()
})

function setup() {
  const window = new FakeBrowserWindow({})
  const backup = new QuitBackup()
  backup.attachToApp(app as never, () => window as never)
  backup.attachToWindow(window as never)
  return { window, backup }
}

describe('backup on quit', () => {
  it('holds the quit once, asks the page for a backup, and quits when it is written', async () => {
    const { window, backup } = setup()
    expect(quit()).toBe(true)
    expect(window.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
    expect(app.quit).not.toHaveBeenCalled()

    // A second quit while waiting does not ask again.
    expect(quit()).toBe(true)
    expect(window.webContents.send).toHaveBeenCalledTimes(1)

    backup.written()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
    // The quit that follows goes through.
    expect(quit()).toBe(false)
  })

  it('quits after 5 seconds when the page never answers', async () => {
    setup()
    expect(quit()).toBe(true)
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1)
    expect(app.quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(app.quit).toHaveBeenCalledTimes(1)
    expect(quit()).toBe(false)
  })

  it('gives a backup that has started writing time to finish, up to a limit', async () => {
    const { backup } = setup()
    expect(quit()).toBe(true)
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS - 1)
    backup.started()
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_TIMEOUT_MS * 2)
    expect(app.quit).not.toHaveBeenCalled()
    backup.written()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
  })

  it('quits anyway when a started write never finishes', async () => {
    const { backup } = setup()
    expect(quit()).toBe(true)
    backup.started()
    await vi.advanceTimersByTimeAsync(QUIT_BACKUP_WRITE_LIMIT_MS - 1)
    expect(app.quit).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(app.quit).toHaveBeenCalledTimes(1)
  })

  it('does not wait for a page that has crashed', async () => {
    const { window } = setup()
    window.webContents.crashed = true
    expect(quit()).toBe(true)
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
    expect(window.webContents.send).not.toHaveBeenCalled()
  })

  it('lets the quit go when there is no window', () => {
    const backup = new QuitBackup()
    backup.attachToApp(app as never, () => null)
    expect(quit()).toBe(false)
  })

  it('closing the window asks for the backup first, then closes', async () => {
    const { window, backup } = setup()
    window.close()
    expect(window.isDestroyed()).toBe(false)
    expect(window.webContents.send).toHaveBeenCalledWith(QUIT_BACKUP_EVENT)
    backup.written()
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    // Already backed up: the quit that follows the last window closing is not held.
    expect(quit()).toBe(false)
    expect(window.webContents.send).toHaveBeenCalledTimes(1)
  })
})
