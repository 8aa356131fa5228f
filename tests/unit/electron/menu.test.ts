import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock } = await import('./fakeElectron')
const { installMenu, menuTemplate } = await import('../../../electron/menu')

const NO_ACTIONS = { lockNow: () => undefined }

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

function fileMenu(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = items.find((item) => item.role === 'fileMenu')?.submenu
  if (!Array.isArray(file)) throw new Error('no File menu with its own items')
  return file
}

describe('application menu', () => {
  it('uses the standard roles (and so the platform accelerators)', () => {
    expect(roles(menuTemplate(false, false, NO_ACTIONS))).toEqual(
      expect.arrayContaining([
        'fileMenu',
        'editMenu',
        'windowMenu',
        'help',
        'zoomIn',
        'togglefullscreen',
      ]),
    )
  })

  it('starts with the app menu on macOS only', () => {
    expect(menuTemplate(true, false, NO_ACTIONS)[0]?.role).toBe('appMenu')
    expect(roles(menuTemplate(false, false, NO_ACTIONS))).not.toContain('appMenu')
  })

  it('has no developer tools or reload in production', () => {
    const production = roles(menuTemplate(false, false, NO_ACTIONS))
    expect(production).not.toContain('toggleDevTools')
    expect(production).not.toContain('reload')
    expect(production).not.toContain('forceReload')
    expect(roles(menuTemplate(false, true, NO_ACTIONS))).toContain('toggleDevTools')
  })

  it.each([
    ['macOS', true, 'close'],
    ['Windows and Linux', false, 'quit'],
  ])('on %s, File offers Lock now (Cmd/Ctrl+L) above its usual %s', (_os, isMac, last) => {
    const lockNow = vi.fn()
    const file = fileMenu(menuTemplate(isMac, false, { lockNow }))
    expect(file[0]).toMatchObject({ label: 'Lock now', accelerator: 'CmdOrCtrl+L' })
    expect(file.at(-1)?.role).toBe(last)
    expect(lockNow).not.toHaveBeenCalled()
    file[0]?.click?.({} as never, undefined, {} as never)
    expect(lockNow).toHaveBeenCalledTimes(1)
  })

  it('installs the menu with the actions it is given', () => {
    const lockNow = vi.fn()
    installMenu(false, { lockNow })
    const built = electronMock.Menu.buildFromTemplate.mock.results.at(-1)?.value as {
      template: MenuItemConstructorOptions[]
    }
    expect(electronMock.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
    fileMenu(built.template)[0]?.click?.({} as never, undefined, {} as never)
    expect(lockNow).toHaveBeenCalledTimes(1)
  })
})
