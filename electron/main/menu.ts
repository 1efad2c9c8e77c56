/**
 * The application menu as a pure template. Undo/redo/find go to the renderer as menu commands
 * because the renderer owns the edit history; cut/copy/paste/select-all keep their roles so the
 * shortcuts keep working in text fields (without an Edit menu macOS loses Cmd+C/V/X/A).
 * Every accelerator has a modifier: menu shortcuts fire even while the user types a caption.
 */

import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/contract'
import type { MenuStrings } from './menu-strings'

/** What the menu needs to know about the running app; `recent` fills File → Open recent. */
export type MenuOptions = Readonly<{
  isPackaged: boolean
  appName?: string
  recent?: readonly Readonly<{ path: string; title: string }>[]
  openRecent?: (path: string) => void
}>

/** Builds the menu for `platform`; `send` delivers a command to the renderer. */
export function buildMenuTemplate(
  strings: MenuStrings,
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuOptions = { isPackaged: true },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  // macOS has no mnemonics: a literal "&" would show.
  const label = (text: string): string => (mac ? text.replace(/&/g, '') : text)
  const command = (text: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: label(text),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  })
  const settings = command(strings.settings, 'settings', 'CmdOrCtrl+,')

  const file: MenuItemConstructorOptions = {
    label: label(strings.file),
    submenu: [
      command(strings.open, 'open', 'CmdOrCtrl+O'),
      {
        label: label(strings.openRecent),
        submenu: options.recent?.length
          ? options.recent.map((r) => ({
              label: r.title.replace(/&/g, '&&'),
              sublabel: r.path,
              click: () => options.openRecent?.(r.path),
            }))
          : [{ label: label(strings.noRecent), enabled: false }],
      },
      { type: 'separator' },
      command(strings.save, 'save', 'CmdOrCtrl+S'),
      command(strings.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command(strings.exportVtt, 'export-vtt', 'CmdOrCtrl+E'),
      command(strings.exportSrt, 'export-srt'),
      command(strings.exportTranscript, 'export-transcript', 'CmdOrCtrl+Shift+E'),
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            settings,
            { type: 'separator' } as const,
            { role: 'quit', label: label(strings.quit) } as const,
          ]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: label(strings.edit),
    submenu: [
      command(strings.undo, 'undo', 'CmdOrCtrl+Z'),
      command(strings.redo, 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut', label: label(strings.cut) },
      { role: 'copy', label: label(strings.copy) },
      { role: 'paste', label: label(strings.paste) },
      { role: 'selectAll', label: label(strings.selectAll) },
      { type: 'separator' },
      command(strings.find, 'find', 'CmdOrCtrl+F'),
      command(strings.playPause, 'play-pause', 'CmdOrCtrl+Shift+Space'),
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: label(strings.view),
    submenu: [
      { role: 'resetZoom', label: label(strings.resetZoom) },
      { role: 'zoomIn', label: label(strings.zoomIn) },
      { role: 'zoomOut', label: label(strings.zoomOut) },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label(strings.fullScreen) },
      // Developer tools only in development: a packaged app gives the page no console to abuse.
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: label(strings.devTools) } as const]),
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: label(strings.help),
    role: 'help',
    submenu: [command(strings.shortcuts, 'shortcuts', 'CmdOrCtrl+/'), command(strings.helpContents, 'help')],
  }
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName ?? 'Eglur',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }
  return mac
    ? [appMenu, file, edit, view, { role: 'windowMenu', label: label(strings.window) }, help]
    : [file, edit, view, help]
}

/** Every accelerator in a template, with the item's label (for checks and the shortcuts screen). */
export function listAccelerators(
  template: readonly MenuItemConstructorOptions[],
): Array<{ label: string; accelerator: string }> {
  const found: Array<{ label: string; accelerator: string }> = []
  for (const item of template) {
    if (typeof item.accelerator === 'string')
      found.push({ label: item.label ?? item.role ?? '', accelerator: item.accelerator })
    if (Array.isArray(item.submenu)) found.push(...listAccelerators(item.submenu))
  }
  return found
}
