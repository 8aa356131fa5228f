// The renderer's Vite config: used by electron-vite for the desktop build and on its
// own for the browser build (`npm start` fallback and end-to-end tests).
import { defineConfig, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}
const root = fileURLToPath(new URL('./renderer', import.meta.url))

export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  // One port each, never the next free one: the browser keeps the journal per origin, so
  // a moved port would open an empty journal (scripts/webPort.mjs says what to do instead).
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}

export default defineConfig(rendererConfig)
