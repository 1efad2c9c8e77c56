import { describe, expect, it } from 'vitest'
import { extractOpenPaths, filesFromAdditionalData, isOpenablePath } from '../../../electron/main/open-paths'

describe('extractOpenPaths', () => {
  const cases: Array<{
    name: string
    argv: string[]
    defaultApp: boolean
    platform: NodeJS.Platform
    cwd?: string
    want: string[]
  }> = [
    {
      name: 'packaged Linux: skips the executable, keeps captions and video',
      argv: ['/opt/Eglur/eglur', '/home/a/talk.vtt', '/home/a/talk.mp4'],
      defaultApp: false,
      platform: 'linux',
      want: ['/home/a/talk.vtt', '/home/a/talk.mp4'],
    },
    {
      name: 'dev run (electron .): skips the app path too',
      argv: ['/usr/bin/electron', '.', '/home/a/talk.srt'],
      defaultApp: true,
      platform: 'linux',
      want: ['/home/a/talk.srt'],
    },
    {
      name: 'dev run does not mistake an openable app path for a file',
      argv: ['/usr/bin/electron', '/home/a/app.eglur', '/home/a/b.eglur'],
      defaultApp: true,
      platform: 'linux',
      want: ['/home/a/b.eglur'],
    },
    {
      name: 'Chromium switches anywhere in argv are skipped',
      argv: [
        'C:\\Eglur\\Eglur.exe',
        '--original-process-start-time=13350000000000000',
        'C:\\Users\\Ann Jones\\My Talk.srt',
        '--allow-file-access-from-files',
      ],
      defaultApp: false,
      platform: 'win32',
      want: ['C:\\Users\\Ann Jones\\My Talk.srt'],
    },
    {
      name: 'file:// URIs from a .desktop %U are converted',
      argv: ['/opt/Eglur/eglur', 'file:///home/a%20b/talk%231.srt'],
      defaultApp: false,
      platform: 'linux',
      want: ['/home/a b/talk#1.srt'],
    },
    {
      name: 'Windows file:// URIs become drive paths',
      argv: ['C:\\Eglur\\Eglur.exe', 'file:///C:/Users/a%20b/talk.vtt'],
      defaultApp: false,
      platform: 'win32',
      want: ['C:\\Users\\a b\\talk.vtt'],
    },
    {
      name: 'unsupported extensions and other URL schemes are dropped',
      argv: ['/opt/Eglur/eglur', '/home/a/notes.docx', 'https://example.com/x.vtt', '/home/a/TALK.SBV'],
      defaultApp: false,
      platform: 'linux',
      want: ['/home/a/TALK.SBV'],
    },
    {
      name: 'relative paths resolve against the cwd',
      argv: ['/opt/Eglur/eglur', 'captions/talk.vtt'],
      defaultApp: false,
      platform: 'linux',
      cwd: '/home/a',
      want: ['/home/a/captions/talk.vtt'],
    },
    {
      name: 'relative Windows paths resolve against the cwd',
      argv: ['C:\\Eglur\\Eglur.exe', 'talk.eglur'],
      defaultApp: false,
      platform: 'win32',
      cwd: 'D:\\Work',
      want: ['D:\\Work\\talk.eglur'],
    },
    {
      name: 'relative paths without a cwd are dropped',
      argv: ['/opt/Eglur/eglur', 'talk.vtt'],
      defaultApp: false,
      platform: 'linux',
      want: [],
    },
    {
      name: 'duplicates are kept once',
      argv: ['/opt/Eglur/eglur', '/a/t.vtt', '/a/./t.vtt'],
      defaultApp: false,
      platform: 'linux',
      want: ['/a/t.vtt'],
    },
    {
      name: 'macOS -psn switch is skipped',
      argv: ['/Applications/Eglur.app/Contents/MacOS/Eglur', '-psn_0_12345'],
      defaultApp: false,
      platform: 'darwin',
      want: [],
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      expect(
        extractOpenPaths(c.argv, { defaultApp: c.defaultApp, platform: c.platform, ...(c.cwd ? { cwd: c.cwd } : {}) }),
      ).toEqual(c.want)
    })
  }
})

describe('isOpenablePath and filesFromAdditionalData', () => {
  it('accepts the associated types in any case, and media', () => {
    expect(['/a/x.EGLUR', '/a/x.vtt', '/a/x.srt', '/a/x.sbv', '/a/x.mkv', '/a/x.m4a'].every(isOpenablePath)).toBe(true)
    expect(isOpenablePath('/a/x.exe')).toBe(false)
    expect(isOpenablePath('/a/vtt')).toBe(false)
  })
  it('takes only absolute openable string paths from a second instance', () => {
    expect(filesFromAdditionalData({ files: ['/a/t.vtt', 'relative.vtt', 'C:\\x\\t.srt', '/a/t.exe'] })).toEqual([
      '/a/t.vtt',
      'C:\\x\\t.srt',
    ])
    expect(filesFromAdditionalData({ files: ['/a/t.vtt', 3] })).toBeUndefined()
    expect(filesFromAdditionalData(null)).toBeUndefined()
    expect(filesFromAdditionalData({})).toBeUndefined()
  })
})
