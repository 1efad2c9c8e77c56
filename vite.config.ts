import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The renderer build: served by browser mode (`eglur serve`) and, later, loaded by the Electron window.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/renderer', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
})
