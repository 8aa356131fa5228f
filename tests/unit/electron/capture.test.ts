// Quick capture's settings and global shortcut: registered when ready, refused shortcuts
// reported (and the app keeps working), switched off, changed, and released on quit.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fakeGlobalShortcut } from './fakeElectron'
import { CaptureService, CaptureShortcut } from '../../../electron/capture'
import {
  CAPTURE_DEFAULTS,
  captureSettingsOf,
  parseDesktopSettings,
  SettingsStore,
} from '../../../electron/settingsStore'

const DEFAULT = 'CommandOrControl+Shift+L'

async function setup(stored: object | null = null) {
  const folder = await mkdtemp(join(tmpdir(), 'leadlog-capture-'))
  if (stored) await writeFile(join(folder, 'desktop-settings.json'), JSON.stringify(stored))
  const settings = new SettingsStore(folder)
  const shortcuts = fakeGlobalShortcut()
  const onShortcut = vi.fn()
  const service = new CaptureService({ settings, shortcuts, onShortcut })
  const stateOnDisk = async () =>
    captureSettingsOf(parseDesktopSettings(await readFile(settings.path, 'utf8')))
  return { folder, settings, shortcuts, onShortcut, service, stateOnDisk }
}

describe('capture settings in the desktop settings file', () => {
  it('default to Ctrl/Cmd+Shift+L, on, not in the tray', () => {
    expect(captureSettingsOf({})).toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      keepInTray: false,
    })
    expect(CAPTURE_DEFAULTS.captureShortcut).toBe(DEFAULT)
  })

  it('keep good values and drop a bad one to its default, each on its own', () => {
    const parsed = parseDesktopSettings(
      JSON.stringify({
        captureShortcut: 'Shift+A',
        captureEnabled: false,
        keepInTray: 'yes',
        lastFolder: '/home/me',
      }),
    )
    expect(parsed).toEqual({ captureEnabled: false, lastFolder: '/home/me' })
    expect(captureSettingsOf(parsed)).toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: false,
      keepInTray: false,
    })
    expect(
      captureSettingsOf(parseDesktopSettings(JSON.stringify({ captureShortcut: 'Alt+F12' }))),
    ).toMatchObject({ captureShortcut: 'Alt+F12' })
  })
})

describe('the global shortcut', () => {
  it('is registered at start and opens quick capture when pressed', async () => {
    const { service, shortcuts, onShortcut } = await setup()
    await expect(service.start()).resolves.toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      keepInTray: false,
      shortcutRegistered: true,
    })
    expect(shortcuts.register).toHaveBeenCalledTimes(1)
    shortcuts.press(DEFAULT)
    expect(onShortcut).toHaveBeenCalledTimes(1)
  })

  it('taken by another application: reported, nothing breaks, and it is kept for next time', async () => {
    const { service, shortcuts, stateOnDisk, settings } = await setup({ lastFolder: '/x' })
    shortcuts.taken.add(DEFAULT)
    await expect(service.start()).resolves.toMatchObject({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      shortcutRegistered: false,
    })
    expect(shortcuts.owned.size).toBe(0)
    // Nothing was written: the saved choice stays as it was.
    expect((await settings.read()).captureShortcut).toBeUndefined()
    await expect(stateOnDisk()).resolves.toMatchObject({ captureShortcut: DEFAULT })
  })

  it('switched off: not registered at start, released when switched off later', async () => {
    const off = await setup({ captureEnabled: false })
    await expect(off.service.start()).resolves.toMatchObject({
      captureEnabled: false,
      shortcutRegistered: false,
    })
    expect(off.shortcuts.register).not.toHaveBeenCalled()

    const on = await setup()
    await on.service.start()
    await expect(on.service.update({ captureEnabled: false })).resolves.toMatchObject({
      captureEnabled: false,
      shortcutRegistered: false,
    })
    expect(on.shortcuts.unregister).toHaveBeenCalledWith(DEFAULT)
    expect(on.shortcuts.owned.size).toBe(0)
    await expect(on.stateOnDisk()).resolves.toMatchObject({ captureEnabled: false })
    await expect(on.service.update({ captureEnabled: true })).resolves.toMatchObject({
      shortcutRegistered: true,
    })
    expect([...on.shortcuts.owned.keys()]).toEqual([DEFAULT])
  })

  it('changed: the old one is released, the new one registered and saved', async () => {
    const { service, shortcuts, stateOnDisk, onShortcut } = await setup()
    await service.start()
    await expect(service.update({ captureShortcut: 'Alt+F12' })).resolves.toMatchObject({
      captureShortcut: 'Alt+F12',
      shortcutRegistered: true,
    })
    expect([...shortcuts.owned.keys()]).toEqual(['Alt+F12'])
    await expect(stateOnDisk()).resolves.toMatchObject({ captureShortcut: 'Alt+F12' })
    shortcuts.press(DEFAULT)
    expect(onShortcut).not.toHaveBeenCalled()
    shortcuts.press('Alt+F12')
    expect(onShortcut).toHaveBeenCalledTimes(1)
  })

  it('changed to one another app holds: not saved, the previous one stays registered', async () => {
    const { service, shortcuts, stateOnDisk } = await setup()
    await service.start()
    shortcuts.taken.add('Ctrl+Alt+K')
    await expect(
      service.update({ captureShortcut: 'Ctrl+Alt+K', keepInTray: true }),
    ).resolves.toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      keepInTray: true,
      shortcutRegistered: true,
    })
    expect([...shortcuts.owned.keys()]).toEqual([DEFAULT])
    // The rest of the change is saved.
    await expect(stateOnDisk()).resolves.toEqual({
      captureShortcut: DEFAULT,
      captureEnabled: true,
      keepInTray: true,
    })
  })

  it('a change that cannot be written leaves what was in effect', async () => {
    const { service, shortcuts, settings } = await setup()
    await service.start()
    vi.spyOn(settings, 'update').mockRejectedValueOnce(new Error('disk full'))
    await expect(service.update({ captureShortcut: 'Alt+F12' })).rejects.toThrow('disk full')
    expect([...shortcuts.owned.keys()]).toEqual([DEFAULT])
    expect(service.current).toMatchObject({ captureShortcut: DEFAULT, shortcutRegistered: true })
  })

  it('tells listeners each new state (the tray shows the shortcut)', async () => {
    const { service } = await setup()
    const listener = vi.fn()
    const stop = service.onChange(listener)
    await service.start()
    await service.update({ keepInTray: true })
    expect(listener.mock.calls.map(([state]) => state.keepInTray)).toEqual([false, true])
    stop()
    await service.update({ keepInTray: false })
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('state() waits for start; changes run one at a time in order', async () => {
    const { service, stateOnDisk } = await setup()
    const [a, b] = await Promise.all([
      service.update({ captureShortcut: 'Alt+F11' }),
      service.update({ captureShortcut: 'Alt+F12' }),
    ])
    expect(a.captureShortcut).toBe('Alt+F11')
    expect(b.captureShortcut).toBe('Alt+F12')
    await expect(service.state()).resolves.toMatchObject({ captureShortcut: 'Alt+F12' })
    await expect(stateOnDisk()).resolves.toMatchObject({ captureShortcut: 'Alt+F12' })
  })

  it('is released when the app quits', async () => {
    const { service, shortcuts } = await setup()
    await service.start()
    service.stop()
    expect(shortcuts.unregister).toHaveBeenCalledWith(DEFAULT)
    expect(shortcuts.owned.size).toBe(0)
  })
})

describe('CaptureShortcut', () => {
  it('treats an accelerator Electron throws on as not registered', () => {
    const registry = {
      register: vi.fn(() => {
        throw new TypeError('conversion failure')
      }),
      unregister: vi.fn(),
    }
    const shortcut = new CaptureShortcut(registry, () => undefined)
    expect(shortcut.apply({ captureShortcut: 'Ctrl+L', captureEnabled: true })).toBe(false)
    expect(shortcut.current).toBeNull()
  })

  it('does not register again what it already holds', () => {
    const registry = fakeGlobalShortcut()
    const shortcut = new CaptureShortcut(registry, () => undefined)
    expect(shortcut.apply({ captureShortcut: DEFAULT, captureEnabled: true })).toBe(true)
    expect(shortcut.apply({ captureShortcut: DEFAULT, captureEnabled: true })).toBe(true)
    expect(registry.register).toHaveBeenCalledTimes(1)
  })
})
