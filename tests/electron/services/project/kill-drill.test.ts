// kill -9 during autosave bursts: the project file is always whole (old or new), and the journal or
// the file holds every edit older than one second.
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProjectFile } from '../../../../shared/project/project-file'
import { findRecoverable } from '../../../../electron/services/project/recovery'

const child = path.resolve(import.meta.dirname, 'kill-drill-child.ts')
const CYCLES = Number(process.env.EGLUR_KILL_CYCLES ?? 12)

async function oneCycle(dir: string, cycle: number): Promise<{ lost: number; corrupt: boolean }> {
  const projectPath = path.join(dir, `p${cycle}.eglur`)
  const proc = spawn(process.execPath, ['--import', 'tsx', child, projectPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const edits: Array<[number, number]> = []
  let buffer = ''
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop()!
    for (const line of lines) edits.push(line.split(' ').map(Number) as [number, number])
  })
  // Let it type for a random while (always past start-up), then kill -9.
  while (edits.length === 0) await new Promise((r) => setTimeout(r, 20))
  await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500))
  const killedAt = Date.now()
  proc.kill('SIGKILL')
  await new Promise((r) => proc.once('exit', r))
  const mustHave =
    edits
      .filter(([, t]) => t < killedAt - 1000)
      .map(([n]) => n)
      .pop() ?? 0

  let corrupt = false
  let saved = 0
  try {
    const parsed = parseProjectFile(await fs.readFile(projectPath, 'utf8'))
    if (!parsed.ok) corrupt = true
    else saved = Number(parsed.project.doc.cues[0]!.text.split(' ')[1])
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') corrupt = true
  }
  const recoverable = await findRecoverable(projectPath)
  const recovered = recoverable ? Number(recoverable.project.doc.cues[0]!.text.split(' ')[1]) : saved
  return { lost: Math.max(0, mustHave - Math.max(saved, recovered)), corrupt }
}

describe('kill -9 during autosave', () => {
  it(
    `${CYCLES} kills at random moments: no corrupt project file, no edit older than 1 s lost`,
    async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-kill-'))
      const results = []
      for (let i = 0; i < CYCLES; i++) results.push(await oneCycle(dir, i))
      expect(results.filter((r) => r.corrupt)).toHaveLength(0)
      expect(results.map((r) => r.lost)).toEqual(results.map(() => 0))
    },
    CYCLES * 5_000 + 30_000,
  )
})
