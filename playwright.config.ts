import { defineConfig } from '@playwright/test'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium'

// The same Chromium the gate at the start of `npm test` found (scripts/checkChromium.ts);
// when there is none, `playwright test` run on its own stops here with the same one line.
const chromium = findChromium()
if (!chromium.ok) {
  console.error(chromium.message)
  process.exit(1)
}

const port = Number(process.env.E2E_PORT ?? 4317)
// Lets several builds be tested side by side (WEB_DIST=/tmp/x npx playwright test).
const outDir = resolve(process.env.WEB_DIST ?? 'dist-web')

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromium.path, args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --config vite.web.config.ts --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
