import { defineConfig } from 'vite'

// The sandboxed preload: ONE CommonJS file, out/preload/index.cjs, requiring nothing but `electron`.
// A sandboxed preload runs as a plain script whose `require` knows only electron/events/timers/url,
// so everything else (shared/ code included) is bundled inline and nothing is split off (pitfall §5).
export default defineConfig({
  build: {
    ssr: 'electron/preload/index.ts',
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
})
