import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesktopSettings, SettingsStore } from '../../../electron/settingsStore'

describe('desktop settings file', () => {
  it('falls back to defaults for a file that is not JSON', () => {
    expect(parseDesktopSettings('{"window": ')).toEqual({})
    expect(parseDesktopSettings('[]')).toEqual({})
  })

  it('drops a bad field and keeps the good ones', () => {
    expect(
      parseDesktopSettings(
        JSON.stringify({
          window: { x: 'left', y: 0, width: 800, height: 600, maximized: false },
          lastFolder: '/home/me/Documents',
          backupFolder: 42,
        }),
      ),
    ).toEqual({ lastFolder: '/home/me/Documents' })
  })

  it('keeps updates and reads them back in a new run', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'leadlog-settings-'))
    const store = new SettingsStore(folder)
    await Promise.all([store.update({ lastFolder: '/a' }), store.update({ backupFolder: '/b' })])
    expect(await new SettingsStore(folder).read()).toEqual({ lastFolder: '/a', backupFolder: '/b' })
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toEqual({
      lastFolder: '/a',
      backupFolder: '/b',
    })
  })

  it('starts from defaults when the file was damaged', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'leadlog-settings-'))
    await writeFile(join(folder, 'desktop-settings.json'), '\u0000\u0000garbage')
    expect(await new SettingsStore(folder).read()).toEqual({})
  })
})
