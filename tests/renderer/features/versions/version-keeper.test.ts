import { describe, expect, it } from 'vitest'
import type { CaptionBridge } from '../../../../shared/ipc/contract'
import {
  keepVersionBefore,
  registerBulkChangeGate,
  type VersionKeeping,
} from '../../../../renderer/features/versions/version-keeper'

const calls: string[] = []
let answer: Awaited<ReturnType<CaptionBridge['keepVersion']>> = {
  ok: true,
  version: { id: 'v1', keptAt: 1, reason: 'replace-all', cueCount: 3, bytes: 10 },
}
// The keeper is given the bridge with the gate, so a fake stands in for main (no page globals).
const bridge: VersionKeeping = {
  keepVersion: async (args) => (calls.push(`keep ${args.path} ${args.reason} ${args.detail ?? ''}`), answer),
}

describe('keeping a version before a bulk change', () => {
  it('does nothing for work held only by the page', async () => {
    expect(await keepVersionBefore('replace-all')).toBeUndefined()
    expect(calls).toEqual([])
  })

  it('keeps the version only when the autosave lets it through its gate (after the edits before it), then resolves with it', async () => {
    const gated: Array<() => Promise<void>> = []
    const off = registerBulkChangeGate(bridge, '/work/talk.eglur', (keep) => void gated.push(keep))
    const kept = keepVersionBefore('replace-all', 'teh → the')
    await Promise.resolve()
    expect(calls).toEqual([])
    calls.push('edits before the change sent')
    await gated[0]!()
    expect(calls).toEqual(['edits before the change sent', 'keep /work/talk.eglur replace-all teh → the'])
    expect(await kept).toMatchObject({ id: 'v1' })
    off()
    expect(await keepVersionBefore('glossary')).toBeUndefined()
  })

  it('a version main could not keep does not stop the change', async () => {
    answer = { ok: false, code: 'ENOSPC' }
    const off = registerBulkChangeGate(bridge, '/work/talk.eglur', (keep) => void keep())
    expect(await keepVersionBefore('fix-all')).toBeUndefined()
    off()
  })
})
