import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { menuTemplate } = await import('../../../electron/menu')

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('application menu', () => {
  it('uses the standard roles (and so the platform accelerators)', () => {
    expect(roles(menuTemplate(false, false))).toEqual(
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
    expect(menuTemplate(true, false)[0]?.role).toBe('appMenu')
    expect(roles(menuTemplate(false, false))).not.toContain('appMenu')
  })

  it('has no developer tools or reload in production', () => {
    const production = roles(menuTemplate(false, false))
    expect(production).not.toContain('toggleDevTools')
    expect(production).not.toContain('reload')
    expect(production).not.toContain('forceReload')
    expect(roles(menuTemplate(false, true))).toContain('toggleDevTools')
  })
})
