// electron-builder.yml checked the way electron-builder itself checks it (its own
// schema), offline, plus the settings that matter for security and privacy.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const root = join(__dirname, '../../..')

interface BuilderConfig {
  appId: string
  productName: string
  files: { filter: string[] }[]
  asar: boolean
  electronFuses: Record<string, boolean>
  linux: { target: string[]; category: string }
  mac: { target: string[] }
  win: { target: string[] }
}

const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string, options: null): Promise<BuilderConfig>
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>
  }
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
  DebugLogger: new (enabled: boolean) => unknown
}

const config = await getConfig(root, join(root, 'electron-builder.yml'), null)

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app and packs only the build output into app.asar', () => {
    expect(config.appId).toBe('com.leadlog.app')
    expect(config.productName).toBe('Leadlog')
    expect(config.asar).toBe(true)
    expect(config.files).toEqual([{ filter: ['out/**', 'package.json'] }])
  })

  it('builds AppImage and deb (Office), dmg and nsis', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.linux.category).toBe('Office')
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.win.target).toEqual(['nsis'])
  })

  it('flips the Electron fuses: no Node mode, no NODE_OPTIONS or --inspect, asar only', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('app icon', () => {
  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(path: string): [number, number] {
    const bytes = readFileSync(path)
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
  }

  it.each([16, 32, 48, 64, 128, 256, 512, 1024])('has a %i px PNG for Linux', (size) => {
    expect(pngSize(join(root, 'assets/icons', `${size}x${size}.png`))).toEqual([size, size])
  })

  it('has a 1024 px icon.png for macOS and Windows', () => {
    expect(pngSize(join(root, 'assets/icon.png'))).toEqual([1024, 1024])
  })

  it('uses the same SVG mark for the app and the favicon', () => {
    expect(readFileSync(join(root, 'renderer/public/icon.svg'), 'utf8')).toBe(
      readFileSync(join(root, 'assets/icon.svg'), 'utf8'),
    )
  })
})
