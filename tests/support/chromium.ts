// The one Chromium that the e2e suite (playwright.config.ts), the browser benchmark and
// the gate at the start of `npm test` (scripts/checkChromium.ts) all launch. The choice
// is a pure function of what the machine answers (chooseChromium), so it can be tested
// without a browser; findChromium asks the real machine.
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium } from '@playwright/test'

/** Debian's package (`apt-get install chromium`) puts its Chromium here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** Said when no Chromium is usable: the three ways to get one, in one line. */
export const NO_CHROMIUM =
  "No Chromium for the end-to-end tests: install Debian's package (apt-get install chromium), " +
  'set CHROMIUM_PATH to a Chromium binary, ' +
  "or run 'npx playwright install chromium' where its download is reachable."

/** Where a chosen Chromium came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'Debian package' | 'PATH' | 'Playwright download'

export type ChromiumChoice =
  | { ok: true; path: string; version: string; source: ChromiumSource }
  | { ok: false; message: string }

/** What chooseChromium asks the machine; findChromium answers for real, tests answer by hand. */
export interface ChromiumProbe {
  /** The CHROMIUM_PATH and PATH variables. */
  env: { CHROMIUM_PATH?: string | undefined; PATH?: string | undefined }
  /** Whether a file is at this path. */
  exists(path: string): boolean
  /** What `path --version` prints (its last line), or null when it cannot be run or fails. */
  version(path: string): string | null
  /** Where Playwright keeps its own downloaded Chromium (whether downloaded or not), or null. */
  playwrightPath(): string | null
}

/** Every `chromium` on PATH, in PATH's order. */
function onPath(probe: ChromiumProbe): string[] {
  const dirs = (probe.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '')
  return dirs.map((dir) => join(dir, 'chromium')).filter((path) => probe.exists(path))
}

/**
 * The Chromium to launch: CHROMIUM_PATH when set (it must exist and answer --version; a
 * broken one is an error, never silently replaced), else Debian's /usr/bin/chromium, else
 * `chromium` on PATH, else Playwright's own downloaded browser. A candidate is usable when
 * its file exists and `--version` answers.
 */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  const wanted = probe.env.CHROMIUM_PATH
  if (wanted !== undefined && wanted !== '') {
    if (!probe.exists(wanted))
      return {
        ok: false,
        message: `CHROMIUM_PATH=${wanted} is not a file: set CHROMIUM_PATH to a Chromium binary, or unset it to use Debian's ${DEBIAN_CHROMIUM} or Playwright's own browser.`,
      }
    const version = probe.version(wanted)
    if (version === null)
      return {
        ok: false,
        message: `CHROMIUM_PATH=${wanted} does not answer '--version': set CHROMIUM_PATH to a working Chromium binary, or unset it to use Debian's ${DEBIAN_CHROMIUM} or Playwright's own browser.`,
      }
    return { ok: true, path: wanted, version, source: 'CHROMIUM_PATH' }
  }

  const candidates: { path: string; source: ChromiumSource }[] = [
    { path: DEBIAN_CHROMIUM, source: 'Debian package' },
    ...onPath(probe).map((path) => ({ path, source: 'PATH' as const })),
  ]
  const playwright = probe.playwrightPath()
  if (playwright !== null) candidates.push({ path: playwright, source: 'Playwright download' })

  const tried = new Set<string>()
  for (const { path, source } of candidates) {
    if (tried.has(path)) continue
    tried.add(path)
    if (!probe.exists(path)) continue
    const version = probe.version(path)
    if (version !== null) return { ok: true, path, version, source }
  }
  return { ok: false, message: NO_CHROMIUM }
}

/** The real machine: files on disk, `--version` run for up to 20 s, Playwright's own path. */
export const machineProbe: ChromiumProbe = {
  env: process.env,
  exists(path) {
    try {
      return statSync(path).isFile()
    } catch {
      return false
    }
  },
  version(path) {
    try {
      const out = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 20_000,
      })
      const line = out.trim().split('\n').at(-1)?.trim()
      return line ? line : null
    } catch {
      return null
    }
  },
  playwrightPath() {
    try {
      return chromium.executablePath() || null
    } catch {
      return null
    }
  },
}

let found: ChromiumChoice | undefined

/** chooseChromium on this machine, asked once per process. */
export function findChromium(): ChromiumChoice {
  found ??= chooseChromium(machineProbe)
  return found
}

/** The chosen Chromium's path; throws the one-line reason when there is none. */
export function chromiumPath(): string {
  const choice = findChromium()
  if (!choice.ok) throw new Error(choice.message)
  return choice.path
}

/** Headless, no sandbox (containers run as root), and no traffic of Chromium's own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
