// ESLint flat config. Folders are runtimes: these rules keep each one to what it may import.
// Never relax a boundary here; add a reasoned `eslint-disable-next-line` comment at the one place instead.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'stream',
  'worker_threads',
  'zlib',
  'util',
  'events',
  'buffer',
  'process',
  'readline',
  'timers',
]
const nodeImportBan = (why) => [
  { group: ['node:*'], message: why },
  ...nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: why })),
]

// What every renderer file may not import. ESLint replaces (not merges) a rule set again by a later
// block, so the waveform exception below repeats these patterns and adds only its own.
const rendererBans = [
  ...nodeImportBan('The renderer is sandboxed: ask main through renderer/platform/bridge.ts.'),
  { group: ['electron'], message: 'The renderer is sandboxed: use renderer/platform/bridge.ts.' },
  { group: ['**/electron/**'], message: 'The renderer never imports main-process code; share it through shared/.' },
]

// The bridge is chosen once by the app shell and reaches components through BridgeProvider, so a
// component can be rendered with a fake main side; only app/ and platform/ may take it themselves.
const bridgeBan = {
  group: ['**/platform/bridge', '**/platform/bridge.ts'],
  message:
    'Only renderer/app and renderer/platform call getBridge: components use useBridge() from renderer/platform/bridge-context, other code takes the bridge as a parameter.',
}
const wavesurferBan = {
  group: ['wavesurfer.js', 'wavesurfer.js/*'],
  message: 'wavesurfer.js is used only behind the adapter in renderer/features/waveform/.',
}
const above = (floor, folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `./${folder}/**`],
    message: `renderer/${floor} is below renderer/${folder}: it must not import it (pass what it needs down, or move the shared part down).`,
  }))

/** One ESLint block per floor of the renderer (the bottom floor in two: only platform/ may take the bridge), each banning imports from the floors above it. */
function rendererFloors() {
  const floor = (files, bans, ignores = []) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [...rendererBans, ...bans] }] },
  })
  return [
    floor(
      ['renderer/state/**', 'renderer/i18n/**'],
      [wavesurferBan, bridgeBan, ...above('state, platform and i18n', ['ui', 'features', 'app'])],
    ),
    floor(['renderer/platform/**'], [wavesurferBan, ...above('state, platform and i18n', ['ui', 'features', 'app'])]),
    floor(['renderer/ui/**'], [wavesurferBan, bridgeBan, ...above('ui', ['features', 'app'])]),
    floor(
      ['renderer/features/**'],
      [wavesurferBan, bridgeBan, ...above('features', ['app'])],
      ['renderer/features/waveform/**'],
    ),
    floor(['renderer/features/waveform/**'], [bridgeBan, ...above('features', ['app'])]),
    floor(['renderer/app/**', 'renderer/*.ts', 'renderer/*.tsx'], [wavesurferBan]),
  ]
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.tsbuild/**',
      'coverage/**',
      '.ci-out/**',
      'tests/artifacts/**',
      'bench/.cache/**',
      'tests/fixtures/**',
      '.harness/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeImportBan(
              'shared/ is pure TypeScript: take data as arguments instead of using Node (do I/O in electron/services).',
            ),
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not import electron/ or renderer/ code: it is used by both.',
            },
            {
              group: ['electron', 'react', 'react-dom', 'i18next', 'react-i18next', 'wavesurfer.js', 'wavesurfer.js/*'],
              message:
                'shared/ is pure TypeScript: return codes and data; UI and Electron live in renderer/ and electron/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererBans }],
      'no-restricted-globals': [
        'error',
        { name: 'prompt', message: 'prompt() throws in Electron: use an in-app dialog.' },
        { name: 'alert', message: 'alert() breaks keyboard focus in Electron on Windows: use an in-app dialog.' },
        { name: 'confirm', message: 'confirm() breaks keyboard focus in Electron on Windows: use an in-app dialog.' },
        { name: 'showSaveFilePicker', message: 'Use the bridge (a native save dialog in main).' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'open',
          message: 'window.open is denied in Electron; use the bridge to open links.',
        },
      ],
    },
  },
  // The renderer's floors point only down: state, platform and i18n at the bottom, shared UI parts
  // (ui/) on them, the features on those, the app shell (app/, main.tsx) on top. One block per floor,
  // each repeating the renderer's bans (a later block replaces the rule, see rendererBans).
  ...rendererFloors(),
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Services, the CLI and browser mode are plain Node so they run and are tested without Electron; only electron/main and electron/preload import electron.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**'],
              message: 'Main-process code must not import the renderer; share code through shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Register IPC handlers only through the typed handle() in electron/main/ipc.ts.',
        },
        { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only the preload talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.js', 'bin/**/*.js'],
    rules: { 'max-lines-per-function': 'off', 'max-lines': 'off' },
  },
)
