#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is here, otherwise the same app
// in the browser. Electron's binary comes from its own download server, which some
// machines cannot reach; then the app is served locally and kept in the browser's storage.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WEB_PORT, whenPortTaken } from './webPort.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const electronPackage = join(root, 'node_modules', 'electron')
const INSTALL_TIMEOUT_MS = 20_000

/** Where Electron's binary is, or null; the same lookup node_modules/electron does. */
function electronBinaryPath() {
  const pathFile = join(electronPackage, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const binary = join(override, relative || 'electron')
    return existsSync(binary) ? binary : null
  }
  if (!relative) return null
  const binary = join(electronPackage, 'dist', relative)
  return existsSync(binary) ? binary : null
}

/** One short attempt at Electron's own installer; never waits on the network for long. */
function tryInstallElectron() {
  const installer = join(electronPackage, 'install.js')
  if (!existsSync(installer)) return
  spawnSync(process.execPath, [installer], {
    cwd: electronPackage,
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
  })
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function startDesktop(binary) {
  run(process.execPath, [
    join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ])
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

async function startBrowser() {
  const { build, preview } = await import('vite')
  const configFile = join(root, 'vite.web.config.ts')
  // LEADLOG_WEB_DIST / LEADLOG_PORT let several copies run side by side, each on the
  // port it is given (a journal of its own); the port never changes by itself.
  const outDir = process.env.LEADLOG_WEB_DIST ?? join(root, 'dist-web')
  const port = Number(process.env.LEADLOG_PORT ?? WEB_PORT)
  await build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } })
  let server
  try {
    server = await preview({
      configFile,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    })
  } catch (error) {
    if (!/EADDRINUSE|already in use/i.test(String(error?.code ?? error?.message ?? error))) {
      throw error
    }
    const taken = await whenPortTaken(port)
    console.log(taken.message)
    process.exit(taken.reuse ? 0 : 1)
  }
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`
  console.log(
    `Electron's binary could not be downloaded here (no access to its download server): serving Leadlog in your browser at ${url} instead; your journal is kept in that browser's storage.`,
  )
}

async function main() {
  let binary = electronBinaryPath()
  if (!binary) {
    tryInstallElectron()
    binary = electronBinaryPath()
  }
  if (binary) startDesktop(binary)
  else await startBrowser()
}

main().catch((error) => {
  console.error(`Leadlog could not start: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
