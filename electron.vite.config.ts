import { defineConfig } from 'electron-vite'
import { fileURLToPath } from 'node:url'
import { rendererConfig } from './vite.web.config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { main: here('./electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ES modules: ship one CommonJS file.
      rollupOptions: {
        input: { preload: here('./electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: here('./out/renderer'),
      rollupOptions: { input: { index: here('./renderer/index.html') } },
    },
  },
})
