import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'

// The Electron main process: one CommonJS file, out/main/index.cjs (package.json "main").
// An SSR build, because only then does Vite turn `import.meta.url`/`import.meta.dirname` into
// `__filename`/`__dirname` for CJS (a plain library build leaves them `undefined`).
// Runtime `dependencies` stay real `require`s: @ffmpeg-installer/ffmpeg finds its binary relative to
// its own folder (pitfall §9), and electron-builder ships exactly `dependencies` (pitfall §17).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>
}
const dependencies = Object.keys(pkg.dependencies ?? {})
const external = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...dependencies.map((d) => new RegExp(`^${d}(/.*)?$`)),
]

export default defineConfig({
  build: {
    ssr: 'electron/main/index.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: { external, output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false } },
  },
  ssr: { noExternal: true, target: 'node' },
})
