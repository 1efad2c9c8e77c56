import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { runEglur } from '../../helpers/cli'

const cli = (...args: string[]) => runEglur(os.tmpdir(), ...args)
const CONVERT_USAGE =
  'Usage: eglur convert IN… -o OUT [--from auto|vtt|srt|sbv|youtube|zoom|teams|json] [--to vtt|srt|sbv|json|md|html|txt|docx|chapters|descriptions] [--profile NAME|FILE] [--fix] [--media VIDEO] [--names LIST] [--lang TAGS|all] [--add-language [TAG=]FILE]…'

describe('usage errors read as usage errors: one line, the usage line, exit 2', () => {
  // Bug: an unknown option was reported as "internal error: Unknown option '--media'. To specify a positional argument…".
  it('names an unknown option and shows the command usage', async () => {
    const r = await cli('convert', 'talk.vtt', '-o', 'talk.srt', '--video', 'x.mp4')
    expect(r).toEqual({ code: 2, stdout: '', stderr: `eglur convert: unknown option --video\n${CONVERT_USAGE}\n` })
  })

  it('names an unknown short option', async () => {
    const r = await cli('check', 'talk.vtt', '-x')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'eglur check: unknown option -x\nUsage: eglur check IN… [--profile accessible-default|bbc|netflix-en|dcmp|FILE.json] [--json]\n',
    )
  })

  it('says which option needs a value', async () => {
    const r = await cli('convert', 'talk.vtt', '-o')
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `eglur convert: option -o, --output needs a value\n${CONVERT_USAGE}\n`,
    })
  })

  it('says which option takes no value', async () => {
    const r = await cli('convert', 'talk.vtt', '-o', 'talk.srt', '--fix=yes')
    expect(r).toEqual({ code: 2, stdout: '', stderr: `eglur convert: option --fix takes no value\n${CONVERT_USAGE}\n` })
  })

  it('asks for a missing input with the usage line only', async () => {
    const r = await cli('convert')
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `eglur convert: needs an input file and -o OUTPUT\n${CONVERT_USAGE}\n`,
    })
  })

  it('asks for missing peaks arguments on standard error', async () => {
    const r = await cli('peaks', 'talk.mp4')
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'eglur peaks: needs a media file and -o OUT.json\nUsage: eglur peaks MEDIA -o OUT.json [--per-second 100] [--verbose]\n',
    })
  })

  it('names an unknown command, then lists the commands', async () => {
    const r = await cli('frobnicate', 'talk.vtt')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'eglur: unknown command frobnicate',
      'Usage: eglur <command> [options]',
    ])
    expect(r.stderr).toContain('  convert ')
  })

  it('still prints a command help on standard output with exit 0', async () => {
    const r = await cli('convert', '--help')
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe(CONVERT_USAGE)
  })
})
