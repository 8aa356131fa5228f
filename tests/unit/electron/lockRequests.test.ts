import { EventEmitter } from 'node:events'
import type { BrowserWindow } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { FakeBrowserWindow } = await import('./fakeElectron')
const { LOCK_REQUEST_EVENT } = await import('../../../shared/ipc')
const { lockOnSystemEvents, requestLock } = await import('../../../electron/lockRequests')

const asWindow = (window: InstanceType<typeof FakeBrowserWindow>) =>
  window as unknown as BrowserWindow

describe('lock requests', () => {
  it('asks the page to lock', () => {
    const window = new FakeBrowserWindow({})
    requestLock(asWindow(window))
    expect(window.webContents.send).toHaveBeenCalledWith(LOCK_REQUEST_EVENT)
  })

  it('does nothing without a window, or with one that is gone or crashed', () => {
    expect(() => requestLock(null)).not.toThrow()
    const closed = new FakeBrowserWindow({})
    closed.destroyed = true
    const crashed = new FakeBrowserWindow({})
    crashed.webContents.crashed = true
    for (const window of [closed, crashed]) {
      requestLock(asWindow(window))
      expect(window.webContents.send).not.toHaveBeenCalled()
    }
  })

  it.each(['lock-screen', 'suspend'])(
    "the OS's %s asks the window of the moment to lock",
    (event) => {
      const powerMonitor = new EventEmitter()
      const first = new FakeBrowserWindow({})
      const second = new FakeBrowserWindow({})
      let current: InstanceType<typeof FakeBrowserWindow> | null = first
      lockOnSystemEvents(powerMonitor, () => (current ? asWindow(current) : null))
      powerMonitor.emit(event)
      expect(first.webContents.send).toHaveBeenCalledWith(LOCK_REQUEST_EVENT)
      current = second
      powerMonitor.emit(event)
      expect(second.webContents.send).toHaveBeenCalledWith(LOCK_REQUEST_EVENT)
      current = null
      expect(() => powerMonitor.emit(event)).not.toThrow()
      expect(first.webContents.send).toHaveBeenCalledTimes(1)
      expect(second.webContents.send).toHaveBeenCalledTimes(1)
    },
  )

  it('asks every window that shows the journal (main and quick capture), skipping closed ones', () => {
    const powerMonitor = new EventEmitter()
    const main = new FakeBrowserWindow({})
    const capture = new FakeBrowserWindow({})
    const closed = new FakeBrowserWindow({})
    closed.destroyed = true
    lockOnSystemEvents(powerMonitor, () => [
      asWindow(main),
      null,
      asWindow(capture),
      asWindow(closed),
    ])
    powerMonitor.emit('suspend')
    expect(main.webContents.send).toHaveBeenCalledWith(LOCK_REQUEST_EVENT)
    expect(capture.webContents.send).toHaveBeenCalledWith(LOCK_REQUEST_EVENT)
    expect(closed.webContents.send).not.toHaveBeenCalled()
    requestLock([asWindow(capture)])
    expect(capture.webContents.send).toHaveBeenCalledTimes(2)
  })

  it('ignores other power events, and stops listening when detached', () => {
    const powerMonitor = new EventEmitter()
    const window = new FakeBrowserWindow({})
    const detach = lockOnSystemEvents(powerMonitor, () => asWindow(window))
    for (const event of ['resume', 'unlock-screen', 'on-battery', 'on-ac']) powerMonitor.emit(event)
    expect(window.webContents.send).not.toHaveBeenCalled()
    detach()
    powerMonitor.emit('suspend')
    powerMonitor.emit('lock-screen')
    expect(window.webContents.send).not.toHaveBeenCalled()
    expect(powerMonitor.eventNames()).toEqual([])
  })
})
