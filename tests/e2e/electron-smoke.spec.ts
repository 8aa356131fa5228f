// Launches the real desktop app (out/main/main.js via package.json "main") where
// Electron's binary is present; skipped with the reason where it is not, e.g. on
// machines without access to Electron's download server.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The same lookup as scripts/start.mjs and node_modules/electron. */
function electronBinaryPath(): string | null {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const binary = override
    ? join(override, relative || 'electron')
    : relative
      ? join(pkg, 'dist', relative)
      : ''
  return binary && existsSync(binary) ? binary : null
}

const binary = electronBinaryPath()
const API_METHODS = [
  'appInfo',
  'backupChooseFolder',
  'backupList',
  'backupRead',
  'backupWrite',
  'keyAvailability',
  'keyForget',
  'keyRecall',
  'keyRemember',
  'onLockRequest',
  'onQuitBackupRequest',
  'openExternal',
  'openFile',
  'printPdf',
  'saveFile',
]

test.describe('desktop app', () => {
  test.skip(
    !binary,
    "Electron's binary is not installed (node_modules/electron/dist is missing and its download server is unreachable here)",
  )

  let app: ElectronApplication

  test.beforeAll(async () => {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    )
    const args = [root, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'leadlog-smoke-'))}`]
    // Chromium refuses its sandbox as root (CI containers); the page is still isolated.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox')
    app = await electron.launch({ executablePath: binary ?? undefined, args, cwd: root })
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('opens a visible window on the app:// origin', async () => {
    const page = await app.firstWindow()
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    expect(page.url()).toMatch(/^app:\/\/leadlog\//)
    // The window is shown once its first paint is ready.
    await expect
      .poll(() =>
        app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false),
      )
      .toBe(true)
  })

  test('exposes window.leadlog with one method per channel', async () => {
    const page = await app.firstWindow()
    const methods = await page.evaluate(() =>
      Object.entries((window as unknown as { leadlog: Record<string, unknown> }).leadlog)
        .filter(([, value]) => typeof value === 'function')
        .map(([key]) => key)
        .sort(),
    )
    expect(methods).toEqual(API_METHODS)
    const info = await page.evaluate(() =>
      (
        window as unknown as { leadlog: { appInfo(): Promise<{ name: string }> } }
      ).leadlog.appInfo(),
    )
    expect(info.name).toBe('Leadlog')
  })

  test('gives the page no Node: require, process, module and Buffer are undefined', async () => {
    const page = await app.firstWindow()
    const types = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>
      return ['require', 'process', 'module', 'Buffer', 'ipcRenderer'].map(
        (name) => typeof scope[name],
      )
    })
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined'])
  })

  test('serves the page with the Content-Security-Policy header and blocks remote requests', async () => {
    const page = await app.firstWindow()
    const header = await page.evaluate(() =>
      fetch('app://leadlog/index.html').then((response) =>
        response.headers.get('content-security-policy'),
      ),
    )
    expect(header).toContain("default-src 'self'")
    const remote = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'sent',
        () => 'blocked',
      ),
    )
    expect(remote).toBe('blocked')
  })

  test("compiles WebAssembly ('wasm-unsafe-eval', for Argon2id) but still refuses eval", async () => {
    const page = await app.firstWindow()
    const outcome = await page.evaluate(async () => {
      // The smallest module there is: the magic number and version 1.
      const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])
      const wasm = await WebAssembly.instantiate(empty).then(
        () => 'compiled',
        (error: unknown) => String(error),
      )
      let evaluated = 'blocked'
      try {
        evaluated = String((0, eval)('1 + 1'))
      } catch {
        // Refused by the Content-Security-Policy, as it should be.
      }
      return { wasm, evaluated }
    })
    expect(outcome).toEqual({ wasm: 'compiled', evaluated: 'blocked' })
  })

  test('answers whether the OS keychain can keep the key, in plain words when not', async () => {
    const page = await app.firstWindow()
    const availability = await page.evaluate(() =>
      (
        window as unknown as {
          leadlog: { keyAvailability(): Promise<{ available: boolean; reason?: string }> }
        }
      ).leadlog.keyAvailability(),
    )
    if (availability.available) expect(availability).toEqual({ available: true })
    else expect(availability.reason).toMatch(/Type your passphrase instead\.$/)
  })

  test('denies window.open', async () => {
    const page = await app.firstWindow()
    expect(await page.evaluate(() => window.open('app://leadlog/index.html') === null)).toBe(true)
    expect(app.windows()).toHaveLength(1)
  })
})
