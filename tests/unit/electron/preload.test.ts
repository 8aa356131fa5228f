import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock } = await import('./fakeElectron')
const { IPC, QUIT_BACKUP_EVENT } = await import('../../../shared/ipc')
await import('../../../electron/preload')

const expose = electronMock.contextBridge.exposeInMainWorld
const exposed = expose.mock.calls[0]?.[1] as Record<string, (...args: unknown[]) => unknown>
const invoke = electronMock.ipcRenderer.invoke
const NO_ARGUMENTS = new Set<string>([IPC.appInfo, IPC.backupList, IPC.backupChooseFolder])

describe('preload bridge', () => {
  it('exposes exactly one object, window.leadlog', () => {
    expect(expose).toHaveBeenCalledTimes(1)
    expect(expose.mock.calls[0]?.[0]).toBe('leadlog')
  })

  it('has exactly one method per channel plus the quit-backup subscription, nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...Object.keys(IPC), 'onQuitBackupRequest'].sort())
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

  it('onQuitBackupRequest subscribes to the quit event, hides the IPC event, and unsubscribes', () => {
    const handler = vi.fn()
    const unsubscribe = exposed['onQuitBackupRequest']!(handler) as () => void
    electronMock.ipcRenderer.emit(QUIT_BACKUP_EVENT, { sender: electronMock.ipcRenderer })
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler).toHaveBeenCalledWith()
    unsubscribe()
    electronMock.ipcRenderer.emit(QUIT_BACKUP_EVENT, {})
    expect(handler).toHaveBeenCalledTimes(1)
    expect(electronMock.ipcRenderer.listenerCount(QUIT_BACKUP_EVENT)).toBe(0)
  })
})
