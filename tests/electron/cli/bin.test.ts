import { execFile } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const run = promisify(execFile)
const eglur = (cwd: string, ...args: string[]) =>
  run(process.execPath, [path.join(root, 'bin/eglur.js'), ...args], { cwd })

type Metafile = {
  outputs: Record<
    string,
    { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }
  >
}

const readMetafile = (): Metafile => JSON.parse(readFileSync(path.join(root, 'out/cli/meta.json'), 'utf8')) as Metafile

/** Every bundle file `entry` imports statically, however deep; dynamic imports (one per command) are not followed. */
function staticallyReached(meta: Metafile, entry: string): Set<string> {
  const reached = new Set<string>()
  const visit = (output: string): void => {
    if (reached.has(output)) return
    reached.add(output)
    for (const i of meta.outputs[output]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path)
  }
  visit(entry)
  return reached
}

let dir: string

beforeAll(async () => {
  // The build is what `npm ci` runs (prepare); it takes about a second.
  await run(process.execPath, [path.join(root, 'scripts/build-cli.js')], { cwd: root })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-bin-'))
}, 60_000)

describe('the built eglur command (what npx eglur runs after npm ci)', () => {
  // Bug: every start compiled the TypeScript through tsx (~7× a bare node start).
  it('runs eglur --help from the bundle, not the sources', async () => {
    const check = "import('./bin/cli-bundle.js').then((m) => console.log(m.bundleProblem(process.cwd()) ?? 'fresh'))"
    expect((await run(process.execPath, ['--input-type=module', '-e', check], { cwd: root })).stdout).toBe('fresh\n')
    const { stdout, stderr } = await eglur(dir, '--help')
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Usage: eglur <command> \[options\]\n/)
    expect(stdout).toMatch(/^ {2}serve +Run Eglur in a web browser/m)
  })

  it('converts a one-caption file from the bundle', async () => {
    await fs.writeFile(path.join(dir, 'one.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n')
    const { stderr } = await eglur(dir, 'convert', 'one.vtt', '-o', 'one.srt')
    expect(stderr).toBe('one.vtt: 1 cue read as WebVTT, written to one.srt as SubRip (SRT).\n')
    expect(await fs.readFile(path.join(dir, 'one.srt'), 'utf8')).toBe('1\n00:00:01,000 --> 00:00:02,500\nHello\n')
  })

  it('reads JSON captions and reports bad ones through the bundled zod', async () => {
    await fs.writeFile(
      path.join(dir, 'bad.json'),
      '{"version":1,"cues":[{"id":"a","start":"x","end":2000,"text":"Hi"}]}',
    )
    const bad = await eglur(dir, 'convert', 'bad.json', '-o', 'bad.vtt').catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'bad.json:1: This is not an Eglur caption file: cues[0].start: expected a number of milliseconds\n',
    })
  })

  it('prints usage errors from the bundle with exit 2', async () => {
    const failed = await eglur(dir, 'convert', 'one.vtt', '--video', 'x').catch(
      (error: { code: number; stderr: string }) => error,
    )
    expect(failed).toMatchObject({ code: 2 })
    expect((failed as { stderr: string }).stderr.split('\n')[0]).toBe('eglur convert: unknown option --video')
  })

  it('loads no command, zod, docx or server code for eglur --help', () => {
    const meta = readMetafile()
    const reached = staticallyReached(meta, 'out/cli/main.js')
    expect([...reached].filter((p) => /^(zod|docx|webvtt-parser|@ffmpeg-installer)/.test(p))).toEqual([])
    const sources = [...reached].flatMap((p) => Object.keys(meta.outputs[p]?.inputs ?? {}))
    expect(
      sources.filter((s) =>
        /zod|electron\/host\/|electron\/services\/(api|media|project)\/|caption-files|docx|commands\/(convert|check|transcript|peaks|serve)/.test(
          s,
        ),
      ),
    ).toEqual([])
    expect(sources).toContain('electron/cli/commands/index.ts')
  })

  it('loads no W3C parser, transcript, track, media or quality-check code for a plain eglur convert', () => {
    const meta = readMetafile()
    const convert = Object.keys(meta.outputs).find((p) =>
      Object.keys(meta.outputs[p]!.inputs).includes('electron/cli/commands/convert.ts'),
    )!
    const reached = staticallyReached(meta, convert)
    expect([...reached].filter((p) => /^(webvtt-parser|docx|@ffmpeg-installer)/.test(p))).toEqual([])
    const sources = [...reached].flatMap((p) => Object.keys(meta.outputs[p]?.inputs ?? {}))
    expect(sources).toContain('shared/formats/export-check-core.ts')
    expect(
      sources.filter((s) =>
        /shared\/transcript\/|electron\/services\/media\/|shared\/quality\/(checks|fixes)|export-check-w3c|commands\/(transcript|track-files)/.test(
          s,
        ),
      ),
    ).toEqual([])
  })

  // zod (≈ 35 ms of a cold start) loads only when a file needs the full JSON reader, or for --profile FILE.
  it('loads no zod, no JSON schema and no style-profile schema for a plain eglur convert', () => {
    const meta = readMetafile()
    const convert = Object.keys(meta.outputs).find((p) =>
      Object.keys(meta.outputs[p]!.inputs).includes('electron/cli/commands/convert.ts'),
    )!
    const sources = [...staticallyReached(meta, convert)].flatMap((p) => Object.keys(meta.outputs[p]?.inputs ?? {}))
    expect(sources).toContain('shared/formats/json-format.ts')
    expect(sources.filter((s) => /zod|shared\/formats\/json\.ts|translations-json|quality\/profiles/.test(s))).toEqual(
      [],
    )
  })

  it('reads a JSON project and converts it back to JSON from the bundle, byte for byte', async () => {
    const project = {
      format: 'eglur-project',
      version: 2,
      savedAt: '2026-01-01T00:00:00.000Z',
      document: {
        version: 1,
        cues: [{ id: 'c1', start: 0, end: 1000, text: 'Hello', words: [{ start: 0, end: 1000, text: 'Hello' }] }],
        speakers: [],
      },
      translations: [{ language: 'cy', cues: [{ sources: ['c1'], text: 'Helo' }] }],
      glossary: [],
    }
    await fs.writeFile(path.join(dir, 'talk.eglur'), JSON.stringify(project))
    const { stderr } = await eglur(dir, 'convert', 'talk.eglur', '--from', 'json', '-o', 'talk.json')
    expect(stderr).toBe('talk.eglur: 1 cue read as Eglur JSON, written to talk.json as Eglur JSON.\n')
    const again = await eglur(dir, 'convert', 'talk.json', '-o', 'again.json')
    expect(again.stderr).toBe('talk.json: 1 cue read as Eglur JSON, written to again.json as Eglur JSON.\n')
    expect(await fs.readFile(path.join(dir, 'again.json'), 'utf8')).toBe(
      await fs.readFile(path.join(dir, 'talk.json'), 'utf8'),
    )
  })
})

describe('which code bin/eglur.js runs', () => {
  let fake: string

  /** A project with bin/ copied, a stand-in bundle and stand-in sources that each say which ran. */
  beforeAll(async () => {
    fake = await fs.mkdtemp(path.join(os.tmpdir(), 'eglur-fake-root-'))
    await fs.mkdir(path.join(fake, 'bin'))
    for (const file of ['eglur.js', 'cli-bundle.js'])
      await fs.copyFile(path.join(root, 'bin', file), path.join(fake, 'bin', file))
    await fs.symlink(path.join(root, 'node_modules'), path.join(fake, 'node_modules'), 'dir')
    await fs.writeFile(path.join(fake, 'package.json'), '{ "type": "module" }\n')
    const runCli = (said: string) =>
      `export async function runCli(argv, io) { io.stdout('${said} ' + argv.join(' ') + '\\n'); return 0 }\nexport function removeTempsOnSignals() {}\n`
    await fs.mkdir(path.join(fake, 'out/cli'), { recursive: true })
    await fs.writeFile(path.join(fake, 'out/cli/main.js'), runCli('bundle'))
    await fs.mkdir(path.join(fake, 'electron/cli'), { recursive: true })
    await fs.writeFile(path.join(fake, 'electron/cli/main.ts'), runCli('sources'))
  })

  const runFake = (...args: string[]) =>
    run(process.execPath, [path.join(fake, 'bin/eglur.js'), ...args], { cwd: fake })
  const built = (builtAt: number) =>
    fs.writeFile(
      path.join(fake, 'out/cli/build-info.json'),
      JSON.stringify({ builtAt, inputs: ['electron/cli/main.ts'] }),
    )

  it('runs the bundle while it is newer than every source it was built from', async () => {
    await built(Date.now() + 60_000)
    expect(await runFake('--help')).toEqual({ stdout: 'bundle --help\n', stderr: '' })
  })

  it('runs the sources, saying so in one line, when a source changed after the build', async () => {
    await built(Date.now() - 60_000)
    const { stdout, stderr } = await runFake('convert')
    expect(stdout).toBe('sources convert\n')
    expect(stderr).toBe(
      'eglur: electron/cli/main.ts changed since the command was built; running from the sources (slower until "npm run build:cli").\n',
    )
  })

  it('runs the sources when there is no bundle', async () => {
    await fs.rm(path.join(fake, 'out/cli/build-info.json'))
    const { stdout, stderr } = await runFake('check')
    expect(stdout).toBe('sources check\n')
    expect(stderr).toBe(
      'eglur: the built command (out/cli) is missing; running from the sources (slower until "npm run build:cli").\n',
    )
  })
})
