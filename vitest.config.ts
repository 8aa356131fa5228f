import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/unit/shared/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
      {
        test: {
          // The folder walls in eslint.config.js, linted with ESLint itself.
          name: 'lint',
          environment: 'node',
          include: ['tests/unit/lint/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/unit/electron/**/*.test.ts'],
        },
      },
    ],
  },
})
