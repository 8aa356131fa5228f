// Which Chromium the e2e suite, the benchmark and the gate at the start of `npm test` use
// (tests/support/chromium.ts), on machines described by hand.
import { describe, expect, it } from 'vitest'
import {
  chooseChromium,
  DEBIAN_CHROMIUM,
  NO_CHROMIUM,
  type ChromiumProbe,
} from '../../support/chromium'

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

interface Machine {
  env?: ChromiumProbe['env']
  /** Files present, each with what `--version` prints (null: it does not answer). */
  files?: Record<string, string | null>
  playwright?: string | null
}

/** A probe for a described machine, recording which binaries were asked for --version. */
function machine({ env = {}, files = {}, playwright = PLAYWRIGHT }: Machine) {
  const asked: string[] = []
  const probe: ChromiumProbe = {
    env,
    exists: (path) => path in files,
    version: (path) => {
      asked.push(path)
      return files[path] ?? null
    },
    playwrightPath: () => playwright,
  }
  return { probe, asked }
}

describe('chooseChromium', () => {
  it('takes a working CHROMIUM_PATH first, even with Debian and Playwright present', () => {
    const { probe } = machine({
      env: { CHROMIUM_PATH: '/opt/chromium/chrome' },
      files: {
        '/opt/chromium/chrome': 'Chromium 150.0',
        [DEBIAN_CHROMIUM]: 'Chromium 156.0',
        [PLAYWRIGHT]: 'Chromium 157.0',
      },
    })
    expect(chooseChromium(probe)).toEqual({
      ok: true,
      path: '/opt/chromium/chrome',
      version: 'Chromium 150.0',
      source: 'CHROMIUM_PATH',
    })
  })

  it('says a CHROMIUM_PATH that is not there is broken, without falling back', () => {
    const { probe, asked } = machine({
      env: { CHROMIUM_PATH: '/nonexistent' },
      files: { [DEBIAN_CHROMIUM]: 'Chromium 156.0' },
    })
    const choice = chooseChromium(probe)
    expect(choice.ok).toBe(false)
    if (choice.ok) return
    expect(choice.message).toMatch(/^CHROMIUM_PATH=\/nonexistent is not a file/)
    expect(choice.message).not.toContain('\n')
    expect(asked).toEqual([])
  })

  it('says a CHROMIUM_PATH that does not answer --version is broken, without falling back', () => {
    const { probe } = machine({
      env: { CHROMIUM_PATH: '/etc/hostname' },
      files: { '/etc/hostname': null, [DEBIAN_CHROMIUM]: 'Chromium 156.0' },
    })
    const choice = chooseChromium(probe)
    expect(choice.ok).toBe(false)
    if (choice.ok) return
    expect(choice.message).toMatch(/^CHROMIUM_PATH=\/etc\/hostname does not answer '--version'/)
  })

  it('treats an empty CHROMIUM_PATH as unset', () => {
    const { probe } = machine({
      env: { CHROMIUM_PATH: '' },
      files: { [DEBIAN_CHROMIUM]: 'Chromium 156.0' },
    })
    expect(chooseChromium(probe)).toMatchObject({ ok: true, path: DEBIAN_CHROMIUM })
  })

  it("takes Debian's /usr/bin/chromium before one on PATH and Playwright's", () => {
    const { probe } = machine({
      env: { PATH: '/usr/local/bin:/usr/bin' },
      files: {
        '/usr/local/bin/chromium': 'Chromium 140.0',
        [DEBIAN_CHROMIUM]: 'Chromium 156.0',
        [PLAYWRIGHT]: 'Chromium 157.0',
      },
    })
    expect(chooseChromium(probe)).toEqual({
      ok: true,
      path: DEBIAN_CHROMIUM,
      version: 'Chromium 156.0',
      source: 'Debian package',
    })
  })

  it('takes the first working chromium on PATH when Debian has none', () => {
    const { probe } = machine({
      env: { PATH: '/snap/bin::/usr/local/bin:/opt/bin' },
      files: {
        '/usr/local/bin/chromium': null,
        '/opt/bin/chromium': 'Chromium 140.0',
        [PLAYWRIGHT]: 'Chromium 157.0',
      },
    })
    expect(chooseChromium(probe)).toMatchObject({
      ok: true,
      path: '/opt/bin/chromium',
      source: 'PATH',
    })
  })

  it('asks /usr/bin/chromium only once when PATH leads to it too', () => {
    const { probe, asked } = machine({
      env: { PATH: '/usr/bin:/bin' },
      files: { [DEBIAN_CHROMIUM]: null },
      playwright: null,
    })
    expect(chooseChromium(probe).ok).toBe(false)
    expect(asked).toEqual([DEBIAN_CHROMIUM])
  })

  it("falls back to Playwright's downloaded browser", () => {
    const { probe } = machine({
      env: { PATH: '/usr/bin' },
      files: { [PLAYWRIGHT]: 'Chromium 157.0' },
    })
    expect(chooseChromium(probe)).toEqual({
      ok: true,
      path: PLAYWRIGHT,
      version: 'Chromium 157.0',
      source: 'Playwright download',
    })
  })

  it("does not take Playwright's path when the browser was never downloaded", () => {
    const { probe, asked } = machine({ env: { PATH: '/usr/bin' } })
    expect(chooseChromium(probe)).toEqual({ ok: false, message: NO_CHROMIUM })
    expect(asked).toEqual([])
  })

  it('says in one line how to get a Chromium when none is usable', () => {
    const { probe } = machine({
      files: { [DEBIAN_CHROMIUM]: null, [PLAYWRIGHT]: null },
    })
    expect(chooseChromium(probe)).toEqual({ ok: false, message: NO_CHROMIUM })
    expect(NO_CHROMIUM).not.toContain('\n')
    expect(NO_CHROMIUM).toContain('apt-get install chromium')
    expect(NO_CHROMIUM).toContain('CHROMIUM_PATH')
    expect(NO_CHROMIUM).toContain('npx playwright install chromium')
  })
})
