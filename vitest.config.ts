import { defineConfig } from 'vitest/config'

// Unit and integration tests, by runtime (tests mirror the source tree). Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['tests/shared/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'renderer', include: ['tests/renderer/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
    pool: 'forks',
    testTimeout: 20_000,
  },
})
