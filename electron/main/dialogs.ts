/**
 * Native open and save dialogs with filters per purpose, handed to the services as `host.dialogs`.
 * The dialogs run in main so the page never gets a path it did not ask the user for.
 */

import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron'
import type { ChoosePurpose, SaveKind } from '../../shared/ipc/contract'
import { extensionsOf, PROJECT_EXTENSION } from '../../shared/formats/file-kinds'
import type { MenuStrings } from './menu-strings'

/** The filters of the open dialog for `purpose`. */
export function openFilters(purpose: ChoosePurpose, strings: MenuStrings): FileFilter[] {
  const media = { name: strings.filterMedia, extensions: [...extensionsOf('media')] }
  const captions = { name: strings.filterCaptions, extensions: [...extensionsOf('captions')] }
  const projects = { name: strings.filterProjects, extensions: [...extensionsOf('project')] }
  switch (purpose) {
    case 'media':
      return [media]
    case 'captions':
      return [captions]
    case 'project':
      return [projects]
    case 'open':
      return [
        {
          name: strings.filterAllSupported,
          extensions: [...media.extensions, ...captions.extensions, ...projects.extensions],
        },
        media,
        captions,
        projects,
      ]
  }
}

/** Open dialog options: "open" may pick a video and its captions together. */
export function openDialogOptions(purpose: ChoosePurpose, strings: MenuStrings): OpenDialogOptions {
  return {
    properties: purpose === 'open' ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: openFilters(purpose, strings),
  }
}

const SAVE_FILTER_NAME: Readonly<Record<SaveKind, (s: MenuStrings) => string>> = {
  project: (s) => s.filterProjects,
  vtt: () => 'WebVTT',
  srt: () => 'SubRip (SRT)',
  sbv: () => 'YouTube SBV',
  md: (s) => `${s.filterTranscripts} (Markdown)`,
  html: (s) => `${s.filterTranscripts} (HTML)`,
  txt: (s) => `${s.filterTranscripts} (text)`,
  docx: (s) => `${s.filterTranscripts} (Word)`,
}

/** Save dialog options for `kind`; the file extension is the kind's own. */
export function saveDialogOptions(kind: SaveKind, strings: MenuStrings, suggestedPath?: string): SaveDialogOptions {
  const extension = kind === 'project' ? PROJECT_EXTENSION : kind
  return {
    filters: [{ name: SAVE_FILTER_NAME[kind](strings), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(suggestedPath ? { defaultPath: suggestedPath } : {}),
  }
}

/** The dialogs the services call (`ServiceHost.dialogs`). */
export type HostDialogs = {
  chooseFiles(purpose: ChoosePurpose): Promise<readonly string[] | undefined>
  chooseSavePath(kind: SaveKind, suggestedPath?: string): Promise<string | undefined>
}

/** Dialogs attached to the current window; a cancelled dialog answers undefined. */
export function createDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  window: () => BrowserWindow | undefined,
  strings: () => MenuStrings,
): HostDialogs {
  return {
    async chooseFiles(purpose) {
      const options = openDialogOptions(purpose, strings())
      const parent = window()
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled || result.filePaths.length === 0 ? undefined : result.filePaths
    },
    async chooseSavePath(kind, suggestedPath) {
      const options = saveDialogOptions(kind, strings(), suggestedPath)
      const parent = window()
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? undefined : result.filePath
    },
  }
}
