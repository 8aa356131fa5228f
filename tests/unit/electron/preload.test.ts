import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock } = await import('./fakeElectron')
const { IPC, LOCK_REQUEST_EVENT, QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')
await import('../../../electron/preload')

const expose = electronMock.contextBridge.exposeInMainWorld
const exposed = expose.mock.calls[0]?.[1] as Record<string, (...args: unknown[]) => unknown>
const invoke = electronMock.ipcRenderer.invoke
const NO_ARGUMENTS = new Set<string>([
  IPC.appInfo,
  IPC.backupList,
  IPC.backupChooseFolder,
  IPC.backupQuitDeclined,
  IPC.keyAvailability,
  IPC.keyRecall,
  IPC.keyForget,
  IPC.captureGetSettings,
  IPC.captureClose,
])
const SUBSCRIPTIONS = { onQuitBackupRequest: QUIT_BACKUP_EVENT, onLockRequest: LOCK_REQUEST_EVENT }

describe('preload bridge', () => {
  it('exposes exactly one object, window.leadlog', () => {
    expect(expose).toHaveBeenCalledTimes(1)
    expect(expose.mock.calls[0]?.[0]).toBe('leadlog')
  })

  it('has exactly one method per channel plus the quit and lock subscriptions, nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual(
      [...Object.keys(IPC), ...Object.keys(SUBSCRIPTIONS)].sort(),
    )
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function')
  })

  it('never hands out ipcRenderer or a generic send', () => {
    for (const value of Object.values(exposed)) {
      expect(value).not.toBe(electronMock.ipcRenderer)
      expect(value).not.toBe(electronMock.ipcRenderer.invoke)
    }
    expect(exposed).not.toHaveProperty('invoke')
    expect(exposed).not.toHaveProperty('send')
  })

  it.each(Object.entries(IPC))(
    '%s() invokes %s with the arguments as given',
    async (method, channel) => {
      invoke.mockClear()
      const arg = { marker: method }
      await exposed[method]!(arg)
      expect(invoke).toHaveBeenCalledTimes(1)
      expect(invoke.mock.calls[0]?.[0]).toBe(channel)
      const forwarded = invoke.mock.calls[0]?.slice(1)
      expect(forwarded).toEqual(NO_ARGUMENTS.has(channel) ? [] : [arg])
    },
  )

  it.each(Object.entries(SUBSCRIPTIONS))(
    '%s subscribes to %s only, hides the IPC event, and unsubscribes',
    (method, event) => {
      const handler = vi.fn()
      const unsubscribe = exposed[method]!(handler) as () => void
      const others = Object.values(SUBSCRIPTIONS).filter((other) => other !== event)
      for (const other of others) electronMock.ipcRenderer.emit(other, {})
      expect(handler).not.toHaveBeenCalled()
      electronMock.ipcRenderer.emit(event, { sender: electronMock.ipcRenderer })
      expect(handler).toHaveBeenCalledTimes(1)
      expect(handler).toHaveBeenCalledWith()
      unsubscribe()
      electronMock.ipcRenderer.emit(event, {})
      expect(handler).toHaveBeenCalledTimes(1)
      expect(electronMock.ipcRenderer.listenerCount(event)).toBe(0)
    },
  )
})
