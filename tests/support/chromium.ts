// The one Chromium both the e2e suite (playwright.config.ts) and the browser benchmark
// launch: Debian's build, since Playwright's own browser download is not reachable here.
/** Set CHROMIUM_PATH to use another Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

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
