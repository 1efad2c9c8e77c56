// The folder boundaries are enforced by eslint.config.js; these cases check the rules fire where they
// should and stay quiet where imports point down, so a later edit cannot switch a boundary off unseen.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the renderer’s floors point only down', () => {
  it('refuses imports from a floor above', async () => {
    expect(
      await restricted('renderer/state/x.ts', "import { a } from '../features/start/open-flow'\nexport const b = a\n"),
    ).toHaveLength(1)
    expect(
      await restricted('renderer/platform/x.ts', "import { a } from '../ui/modal-dialog'\nexport const b = a\n"),
    ).toHaveLength(1)
    expect(
      await restricted('renderer/ui/x.ts', "import { a } from '../features/start/open-flow'\nexport const b = a\n"),
    ).toHaveLength(1)
    expect(
      await restricted('renderer/features/start/x.ts', "import { a } from '../../app/app'\nexport const b = a\n"),
    ).toHaveLength(1)
    expect(
      await restricted('renderer/features/waveform/x.ts', "import { a } from '../../app/app'\nexport const b = a\n"),
    ).toHaveLength(1)
  })

  it('allows imports from the floors below, and keeps the renderer’s other bans on every floor', async () => {
    expect(
      await restricted(
        'renderer/app/x.ts',
        "import { a } from '../features/start/open-flow'\nimport { c } from '../ui/modal-dialog'\nexport const b = [a, c]\n",
      ),
    ).toEqual([])
    expect(
      await restricted(
        'renderer/features/start/x.ts',
        "import { a } from '../../ui/modal-dialog'\nimport { c } from '../../state/store-context'\nexport const b = [a, c]\n",
      ),
    ).toEqual([])
    expect(await restricted('renderer/ui/x.ts', "import fs from 'node:fs'\nexport const b = fs\n")).toHaveLength(1)
    expect(
      await restricted(
        'renderer/features/start/x.ts',
        "import WaveSurfer from 'wavesurfer.js'\nexport const b = WaveSurfer\n",
      ),
    ).toHaveLength(1)
    expect(
      await restricted(
        'renderer/features/waveform/x.ts',
        "import WaveSurfer from 'wavesurfer.js'\nexport const b = WaveSurfer\n",
      ),
    ).toEqual([])
  })
})

describe('only the app shell and platform/ take the bridge themselves', () => {
  const importsBridge = (from: string) => `import { getBridge } from '${from}'\nexport const b = getBridge\n`

  it('refuses getBridge in a feature, a shared UI part, the waveform and the state', async () => {
    expect(await restricted('renderer/features/start/x.tsx', importsBridge('../../platform/bridge'))).toEqual([
      expect.stringContaining('useBridge()'),
    ])
    expect(
      await restricted('renderer/features/export/deep/x.ts', importsBridge('../../../platform/bridge.ts')),
    ).toHaveLength(1)
    expect(await restricted('renderer/features/waveform/x.ts', importsBridge('../../platform/bridge'))).toHaveLength(1)
    expect(await restricted('renderer/ui/x.tsx', importsBridge('../platform/bridge'))).toHaveLength(1)
    expect(await restricted('renderer/state/x.ts', importsBridge('../platform/bridge'))).toHaveLength(1)
  })

  it('allows it in the app shell and platform/, and the context hook everywhere', async () => {
    expect(await restricted('renderer/app/x.tsx', importsBridge('../platform/bridge'))).toEqual([])
    expect(await restricted('renderer/main.tsx', importsBridge('./platform/bridge'))).toEqual([])
    expect(await restricted('renderer/platform/x.ts', importsBridge('./bridge'))).toEqual([])
    expect(
      await restricted(
        'renderer/features/start/x.tsx',
        "import { useBridge } from '../../platform/bridge-context'\nexport const b = useBridge\n",
      ),
    ).toEqual([])
  })

  it('keeps the floor rules beside it (one block does not replace the other)', async () => {
    const both =
      "import { getBridge } from '../../platform/bridge'\nimport { a } from '../../app/app'\nimport fs from 'node:fs'\nexport const b = [getBridge, a, fs]\n"
    expect(await restricted('renderer/features/start/x.ts', both)).toHaveLength(3)
  })
})
