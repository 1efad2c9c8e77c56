// Several inputs to eglur convert and eglur check: through the built command (worker threads from the
// bundle, as `npx eglur` runs them) and in-process through the sources (worker threads under tsx).
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'

const root = path.resolve(import.meta.dirname, '../../..')
const run = promisify(execFile)
type Ran = { code: number; stdout: string; stderr: string }
// Others editing the sources while this runs make bin/eglur.js fall back to them, saying so first.
const withoutNotice = (stderr: string) => stderr.replace(/^eglur: .* running from the sources .*\n/, '')
/** The built command, as a process. */
const eglur = (cwd: string, ...args: string[]): Promise<Ran> =>
  run(process.execPath, [path.join(root, 'bin/eglur.js'), ...args], { cwd }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: withoutNotice(r.stderr) }),
    (error: Ran) => ({ code: error.code, stdout: error.stdout, stderr: withoutNotice(error.stderr) }),
  )

let dir: string
const OK = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWelcome to the event.\n'
const SHORT = 'WEBVTT\n\n00:00:01.000 --> 00:00:01.300\nHi.\n'

beforeAll(async () => {
  await run(process.execPath, [path.join(root, 'scripts/build-cli.js')], { cwd: root })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-batch-'))
  await fs.writeFile(path.join(dir, 'ok.vtt'), OK)
  await fs.writeFile(path.join(dir, 'short.vtt'), SHORT)
  await fs.writeFile(path.join(dir, 'broken.srt'), '1\n00:00:01,000 --> nonsense\nHello\n')
  await fs.mkdir(path.join(dir, 'sub'))
  await fs.writeFile(path.join(dir, 'sub', 'ok.srt'), '1\n00:00:01,000 --> 00:00:02,000\nClash\n')
}, 60_000)

describe('eglur convert with several inputs (built command)', () => {
  it('writes each into the -o folder with the --to extension, reporting in the order given', async () => {
    const r = await eglur(dir, 'convert', 'ok.vtt', 'short.vtt', '-o', 'out', '--to', 'srt')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      'ok.vtt: 1 cue read as WebVTT, written to out/ok.srt as SubRip (SRT).\nshort.vtt: 1 cue read as WebVTT, written to out/short.srt as SubRip (SRT).\n',
    )
    expect(await fs.readFile(path.join(dir, 'out/ok.srt'), 'utf8')).toBe(
      '1\n00:00:01,000 --> 00:00:03,000\nWelcome to the event.\n',
    )
    expect(await fs.readFile(path.join(dir, 'out/short.srt'), 'utf8')).toBe('1\n00:00:01,000 --> 00:00:01,300\nHi.\n')
  })

  it('a file that cannot be read fails alone and makes the exit code 2', async () => {
    const r = await eglur(dir, 'convert', 'broken.srt', 'ok.vtt', '-o', 'out2', '--to', 'vtt')
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toMatch(/^broken\.srt:2: /)
    expect(await fs.readFile(path.join(dir, 'out2/ok.vtt'), 'utf8')).toContain('Welcome to the event.')
  })

  it('needs --to, and refuses two inputs that would overwrite one output, as usage errors', async () => {
    const noTo = await eglur(dir, 'convert', 'ok.vtt', 'short.vtt', '-o', 'out3')
    expect(noTo.code).toBe(2)
    expect(noTo.stderr).toMatch(/^eglur convert: with -o a folder, --to must name the format to write/)
    const clash = await eglur(dir, 'convert', 'ok.vtt', 'sub/ok.srt', '-o', 'out3', '--to', 'json')
    expect(clash).toMatchObject({ code: 2 })
    expect(clash.stderr.split('\n')[0]).toBe(
      'eglur convert: ok.vtt and sub/ok.srt would both be written to out3/ok.json',
    )
  })
})

describe('eglur check with several inputs (built command)', () => {
  it("prints each file's problems in order and exits with the worst status", async () => {
    const clean = await eglur(dir, 'check', 'ok.vtt', 'ok.vtt')
    expect(clean).toMatchObject({ code: 0, stdout: '' })
    const problems = await eglur(dir, 'check', 'ok.vtt', 'short.vtt')
    expect(problems.code).toBe(1)
    expect(problems.stdout).toMatch(/^short\.vtt:3: warning: caption 1: This caption is on screen too briefly/)
    expect(problems.stderr).toBe(
      'ok.vtt: no problems with the Accessible default profile.\nshort.vtt: 1 problem with the Accessible default profile.\n',
    )
    expect((await eglur(dir, 'check', 'short.vtt', 'broken.srt', 'ok.vtt')).code).toBe(2)
  })

  it('gives one JSON list for all files with --json', async () => {
    const r = await eglur(dir, 'check', 'short.vtt', 'ok.vtt', 'short.vtt', '--json')
    expect(r.code).toBe(1)
    const findings = JSON.parse(r.stdout) as Array<{ file: string; rule: string }>
    expect(findings.map((f) => f.file)).toEqual(['short.vtt', 'short.vtt'])
  })
})

describe('batches run from the sources too (worker threads under tsx)', () => {
  it('converts, and draws a progress line only on a terminal', async () => {
    for (const isTerminal of [true, false]) {
      let stderr = ''
      const code = await runCli(['convert', 'ok.vtt', 'short.vtt', '-o', `src-out-${isTerminal}`, '--to', 'sbv'], {
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
        cwd: dir,
        isTerminal,
      })
      expect(code).toBe(0)
      expect(await fs.readFile(path.join(dir, `src-out-${isTerminal}/short.sbv`), 'utf8')).toBe(
        '0:00:01.000,0:00:01.300\nHi.\n',
      )
      if (isTerminal) expect(stderr).toContain('\r\x1b[Keglur: converting 1 of 2 files…')
      else expect(stderr).not.toContain('\r')
    }
  }, 30_000)
})
