// The first step of `npm test` and `npm run test:e2e`: stop at once, in one line, when no
// Chromium is usable for the end-to-end tests, instead of failing every e2e test one by
// one after the typecheck, lint and unit tests. The choice is the one playwright.config.ts
// and the benchmark make (tests/support/chromium.ts).
import { findChromium } from '../tests/support/chromium'

const choice = findChromium()
if (choice.ok) {
  console.log(
    `Chromium for the end-to-end tests: ${choice.path} (${choice.source}, ${choice.version})`,
  )
} else {
  console.error(choice.message)
  process.exitCode = 1
}
