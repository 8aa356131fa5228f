import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', async () => (await import('./fakeElectron')).electronMock)

const { electronMock } = await import('./fakeElectron')
const { createAppHandler, registerAppScheme, resolveAppPath, serveRenderer, mimeTypeOf } =
  await import('../../../electron/protocol')
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/window')
const { APP_ORIGIN } = await import('../../../shared/ipc')

let root = ''
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'leadlog-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Leadlog</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'assets', 'app.css'), 'body{}')
  await writeFile(join(root, 'icon.svg'), '<svg/>')
  // A secret next to the renderer folder: no URL may reach it.
  await writeFile(join(base, 'secret.txt'), 'private notes')
  handler = createAppHandler(root)
})

const get = (url: string) => handler(new Request(url))

describe('the app:// origin', () => {
  it('is pinned: changing it would silently empty every user journal (IndexedDB is per origin)', () => {
    expect(APP_ORIGIN).toBe('app://leadlog')
  })

  it('registers app as a standard, secure scheme with fetch before the app is ready', () => {
    registerAppScheme()
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
  })

  it('serves the renderer through protocol.handle on that scheme', () => {
    serveRenderer(root)
    expect(electronMock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})

describe('protocol handler', () => {
  it('serves index.html at the root with the right type', async () => {
    const response = await get('app://leadlog/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('<title>Leadlog</title>')
  })

  it('sends the Content-Security-Policy header on every response, found or not', async () => {
    for (const url of [
      'app://leadlog/index.html',
      'app://leadlog/assets/app.js',
      'app://leadlog/nope',
    ]) {
      const response = await get(url)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('gives scripts, styles and images their MIME types', async () => {
    expect((await get('app://leadlog/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    )
    expect((await get('app://leadlog/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    )
    expect((await get('app://leadlog/icon.svg')).headers.get('content-type')).toBe('image/svg+xml')
    expect(mimeTypeOf('x.woff2')).toBe('font/woff2')
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream')
  })

  it.each([
    'app://leadlog/../secret.txt',
    'app://leadlog/%2e%2e/secret.txt',
    'app://leadlog/assets/%2e%2e/%2e%2e/secret.txt',
    'app://leadlog/..%2fsecret.txt',
    'app://leadlog/..%5csecret.txt',
    'app://leadlog/%2e%2e%5csecret.txt',
    'app://leadlog/index.html%00.js',
    'app://leadlog/%ff',
    'app://leadlog//etc/passwd',
    'app://other-host/index.html',
  ])('refuses %s (path traversal or another host)', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('private notes')
  })

  it('maps only paths inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://leadlog/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    // The URL parser already folds a literal ../ into the root; encoded separators
    // survive parsing and are what the handler itself must refuse.
    expect(resolveAppPath(root, 'app://leadlog/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'))
    expect(resolveAppPath(root, 'app://leadlog/..%2fsecret.txt')).toBeNull()
    expect(resolveAppPath(root, 'app://leadlog/assets/..%2f..%2f..%2fsecret.txt')).toBeNull()
    expect(resolveAppPath(root, 'app://leadlog//etc/passwd')).toBeNull()
    expect(resolveAppPath(root, 'https://leadlog/index.html')).toBeNull()
  })

  it('answers only GET and HEAD', async () => {
    const response = await handler(
      new Request('app://leadlog/index.html', { method: 'POST', body: 'x' }),
    )
    expect(response.status).toBe(405)
  })
})

describe('Content-Security-Policy', () => {
  it('is exactly the policy in renderer/index.html, the second line of defence', () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it("allows only the app itself: default-src 'self', no remote hosts", () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim())
    expect(directives).toContain("default-src 'self'")
    expect(directives).toContain("object-src 'none'")
    expect(directives).toContain("frame-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })

  it("lets scripts compile WebAssembly (Argon2id) and nothing else: no 'unsafe-eval'", () => {
    const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim())
    expect(directives).toContain("script-src 'self' 'wasm-unsafe-eval'")
    const sources = CONTENT_SECURITY_POLICY.split(/[\s;]+/)
    expect(sources).not.toContain("'unsafe-eval'")
    expect(sources.filter((source) => source === "'wasm-unsafe-eval'")).toHaveLength(1)
    // Inline styles are allowed (React sets style attributes); inline scripts never are.
    expect(directives.find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline')
  })
})
