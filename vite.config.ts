import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** Browsers ask for /favicon.ico on every page load: serve the app icon there, so there is no 404 in the console. */
function favicon(): Plugin {
  const icon = new URL('./assets/icon/icon.ico', import.meta.url)
  return {
    name: 'eglur-favicon',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'favicon.ico', source: readFileSync(icon) })
    },
    configureServer(server) {
      server.middlewares.use('/favicon.ico', (_req, res) => {
        res.setHeader('Content-Type', 'image/x-icon')
        res.end(readFileSync(icon))
      })
    },
  }
}

// The renderer build: served by browser mode (`eglur serve`) and, later, loaded by the Electron window.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), favicon()],
  build: { outDir: '../out/renderer', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
})
