// Serves the built renderer (out/renderer) from app://leadlog/. The scheme must be
// registered as privileged before the app is ready: "standard" gives it a real origin
// (IndexedDB, relative URLs), "secure" makes it a secure context, and fetch works on it.
// "codeCache" lets V8 keep the compiled bundle between starts, as it does for http: the
// first bundle takes a few hundred milliseconds to compile at every start without it.
// The cache holds compiled code of the app's own scripts, never any of the user's data.
import { protocol } from 'electron'
import { promises as fs } from 'node:fs'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../shared/ipc'
import { CONTENT_SECURITY_POLICY } from './csp'

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is for another host
 * or would leave `root` (../, encoded %2e%2e, backslashes, NUL bytes, absolute paths).
 */
export function resolveAppPath(root: string, rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.slice(1)
  const base = resolve(root)
  const target = resolve(base, relativePath)
  const inside = relative(base, target)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return null
  }
  return join(base, inside)
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/** The protocol handler, separate from its registration so tests can call it. */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed')
    }
    const path = resolveAppPath(root, request.url)
    if (!path) return textResponse(404, 'Not found')
    let body: Buffer
    try {
      body = await fs.readFile(path)
    } catch {
      return textResponse(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(path) },
    })
  }
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root))
}
