import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock, FakeBrowserWindow } = await import('./fakeElectron')
const { MAX_RELOADS, recoverFromRendererCrashes } = await import('../../../electron/crashRecovery')

beforeEach(() => {
  electronMock.dialog.showMessageBox.mockClear()
  electronMock.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false })
})

function watched(now = () => 0) {
  const window = new FakeBrowserWindow({})
  const quit = vi.fn()
  recoverFromRendererCrashes(window as never, { quit, now })
  const gone = (reason: string) =>
    window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 })
  return { window, quit, gone }
}

describe('a renderer that is gone', () => {
  it('is reloaded, and the user is told what happened and that saved entries are safe', () => {
    const { window, gone } = watched()
    gone('oom')
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(electronMock.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        message: "Leadlog's window stopped working (it ran out of memory) and has been reloaded.",
        detail: expect.stringContaining('Your journal is safe'),
      }),
    )
  })

  it('a clean exit (the window closing) is not a crash', () => {
    const { window, gone } = watched()
    gone('clean-exit')
    expect(window.webContents.reload).not.toHaveBeenCalled()
    expect(electronMock.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('is not reloaded in a loop: after 3 in a minute the user chooses', async () => {
    let time = 0
    const { window, quit, gone } = watched(() => time)
    for (let i = 0; i < MAX_RELOADS; i++) {
      gone('crashed')
      time += 1000
    }
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS)
    electronMock.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false })
    gone('crashed')
    await vi.waitFor(() => expect(quit).toHaveBeenCalled())
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS)
    expect(electronMock.dialog.showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ buttons: ['Reload once more', 'Quit Leadlog'] }),
    )
    // A minute later the count starts again.
    time += 60_000
    gone('crashed')
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1)
  })
})
