import { defineConfig } from 'vitest/config'

// Browser tests: the built renderer in browser mode, driven by playwright-core in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
