import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Rendering tests and the 150 MB file tests take seconds on a busy two-core machine; a
// slow run is not a failure, a hang still is. Projects do not inherit the root's options.
const testTimeout = 30_000

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          testTimeout,
          environment: 'node',
          include: ['tests/unit/shared/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          testTimeout,
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
      {
        test: {
          // The folder walls in eslint.config.js, linted with ESLint itself.
          name: 'lint',
          testTimeout,
          environment: 'node',
          include: ['tests/unit/lint/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          testTimeout,
          environment: 'node',
          include: ['tests/unit/electron/**/*.test.ts'],
        },
      },
    ],
  },
})
