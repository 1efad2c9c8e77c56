import { describe, expect, it } from 'vitest'
import type { BrowserWindow, Dialog } from 'electron'
import { createDialogs, openDialogOptions, saveDialogOptions } from '../../../electron/main/dialogs'
import { MENU_STRINGS } from '../../../electron/main/menu-strings'
import type { ChoosePurpose, SaveKind } from '../../../shared/ipc/contract'
import { createFakeElectron } from '../../helpers/fake-electron'

const en = MENU_STRINGS.en

describe('dialog options', () => {
  it('filters each purpose to what it opens', () => {
    const extensions = (purpose: ChoosePurpose) =>
      openDialogOptions(purpose, en).filters?.flatMap((f) => f.extensions) ?? []
    expect(extensions('media')).toEqual(expect.arrayContaining(['mp4', 'webm', 'mov', 'mp3', 'wav']))
    expect(extensions('media')).not.toContain('vtt')
    expect(extensions('captions').sort()).toEqual(['json', 'sbv', 'srt', 'vtt'])
    expect(extensions('project')).toEqual(['eglur'])
    expect(openDialogOptions('open', en).filters?.[0]?.extensions).toEqual(
      expect.arrayContaining(['mp4', 'vtt', 'eglur']),
    )
  })
  it('lets "open" pick a video and its captions together, the others one file', () => {
    expect(openDialogOptions('open', en).properties).toContain('multiSelections')
    expect(openDialogOptions('captions', en).properties).not.toContain('multiSelections')
  })
  it('saves each kind with its own extension and a translated filter name', () => {
    const kinds: SaveKind[] = ['project', 'vtt', 'srt', 'sbv', 'md', 'html', 'txt', 'docx']
    for (const kind of kinds) {
      const filters = saveDialogOptions(kind, en).filters
      expect(filters?.[0]?.extensions).toEqual([kind === 'project' ? 'eglur' : kind])
    }
    expect(saveDialogOptions('project', MENU_STRINGS.cy).filters?.[0]?.name).toBe('Prosiectau Eglur')
    expect(saveDialogOptions('vtt', en, '/home/a/talk.vtt').defaultPath).toBe('/home/a/talk.vtt')
    expect(saveDialogOptions('vtt', en)).not.toHaveProperty('defaultPath')
  })
})

describe('createDialogs', () => {
  const setup = () => {
    const fake = createFakeElectron()
    const win = {} as BrowserWindow
    const dialogs = createDialogs(
      fake.module.dialog as unknown as Dialog,
      () => win,
      () => en,
    )
    return { fake, dialogs, win }
  }
  it('answers undefined when the user cancels', async () => {
    const { dialogs } = setup()
    expect(await dialogs.chooseFiles('media')).toBeUndefined()
    expect(await dialogs.chooseSavePath('srt')).toBeUndefined()
  })
  it('returns the chosen paths, with the dialog attached to the window', async () => {
    const { fake, dialogs, win } = setup()
    fake.dialogAnswers.open = { canceled: false, filePaths: ['/home/a/talk.mp4', '/home/a/talk.vtt'] }
    fake.dialogAnswers.save = { canceled: false, filePath: '/home/a/out.srt' }
    expect(await dialogs.chooseFiles('open')).toEqual(['/home/a/talk.mp4', '/home/a/talk.vtt'])
    expect(await dialogs.chooseSavePath('srt', '/home/a/talk.srt')).toBe('/home/a/out.srt')
    const open = fake.calls.find((c) => c.what === 'dialog.showOpenDialog')
    expect(open?.args[0]).toBe(win)
    const save = fake.calls.find((c) => c.what === 'dialog.showSaveDialog')
    expect(save?.args[1]).toMatchObject({ defaultPath: '/home/a/talk.srt' })
  })
})
