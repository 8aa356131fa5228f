// Builds the production browser app (and the bench-only hook page beside it) into the
// benchmark's own folder and serves it with `vite preview`, started and stopped here.
// Never touches dist-web: other people test from it.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

export const WEB_DIR = process.env.BENCH_WEB_DIR ?? '/tmp/bench-web'
export const PORT = Number(process.env.BENCH_PORT ?? 4455)
export const HOOK_PATH = '__bench/index.html'

export async function buildWeb(root: string, log: (line: string) => void): Promise<void> {
  log(`  building the app into ${WEB_DIR}`)
  await build({
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: WEB_DIR, emptyOutDir: true },
  })
  await build({
    configFile: false,
    root: resolve(root, 'tests/bench/hook'),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(WEB_DIR, '__bench'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  })
}

export function hasBuild(): boolean {
  return existsSync(resolve(WEB_DIR, 'index.html')) && existsSync(resolve(WEB_DIR, HOOK_PATH))
}

export async function serveWeb(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir: WEB_DIR },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true, open: false },
  })
  return {
    url: `http://127.0.0.1:${PORT}/`,
    close: () => server.close(),
  }
}
