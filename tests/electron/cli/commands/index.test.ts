import os from 'node:os'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Each command module records that it was imported (a factory runs only when its module is loaded).
const loaded = vi.hoisted(() => new Set<string>())
vi.mock('../../../../electron/cli/commands/convert', async (original) => {
  loaded.add('convert')
  return original()
})
vi.mock('../../../../electron/cli/commands/check', async (original) => {
  loaded.add('check')
  return original()
})
vi.mock('../../../../electron/cli/commands/transcript', async (original) => {
  loaded.add('transcript')
  return original()
})
vi.mock('../../../../electron/cli/commands/peaks', async (original) => {
  loaded.add('peaks')
  return original()
})
vi.mock('../../../../electron/cli/commands/serve', async (original) => {
  loaded.add('serve')
  return original()
})

beforeEach(() => {
  vi.resetModules()
  loaded.clear()
})

/** Runs the CLI from a freshly imported entry, so what its import loads is counted too. */
async function runEglur(...args: string[]): Promise<{ code: number; stdout: string }> {
  const { runCli } = await import('../../../../electron/cli/main')
  let stdout = ''
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: os.tmpdir() })
  return { code, stdout }
}

describe('the command table loads a command only when it runs', () => {
  // Bug: every command (zod, docx, the browser-mode server) was loaded to print `eglur --help`.
  it('prints eglur --help without loading any command', async () => {
    const r = await runEglur('--help')
    expect(r.code).toBe(0)
    for (const name of ['convert', 'check', 'transcript', 'peaks', 'serve'])
      expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
    expect([...loaded]).toEqual([])
  })

  it('loads only the command that runs', async () => {
    const r = await runEglur('check', '--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: eglur check IN/)
    expect([...loaded]).toEqual(['check'])
  })
})
