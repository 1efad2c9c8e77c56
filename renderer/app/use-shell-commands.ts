/** The editor shell's commands: save now, save as, close, and the desktop menu's commands. */

import { useCallback, useMemo } from 'react'
import type { OpenedMedia } from '../../shared/ipc/contract'
import { projectToJson } from '../../shared/project/project-file'
import type { Exporter } from '../features/export/export-menu'
import type { CommandId } from '../features/shortcuts/keymap'
import { getBridge } from '../platform/bridge'
import { useStore } from '../state/store-context'
import { useMenuCommands } from './use-menu-commands'
import type { SessionInit } from '../features/start/open-flow'
import { WRITER_ID } from '../platform/writer'

/** What the commands act on. */
export type ShellCommandsInput = Readonly<{
  session: SessionInit
  projectPath: string | undefined
  onProjectPath: (path: string) => void
  media: OpenedMedia | undefined
  exporter: Exporter
  onFind: () => void
  onClose: () => void
  /** Runs an editor command by id (set by the editor screen), so menu and keys do the same. */
  runCommand: { current: ((command: CommandId) => void) | undefined }
}>

/** Builds the commands and subscribes to the menu. */
export function useShellCommands(input: ShellCommandsInput) {
  const store = useStore()
  const { projectPath, exporter } = input
  const flush = useCallback(
    () => void (projectPath ? getBridge().flushProject({ path: projectPath, writer: WRITER_ID }) : undefined),
    [projectPath],
  )
  // "Save as": the work moves to a new project file, which every later edit goes to.
  const saveAs = async () => {
    const chosen = await getBridge().chooseSavePath({
      kind: 'project',
      ...(projectPath ? { suggestedPath: projectPath } : {}),
    })
    if (!chosen.ok) return chosen.code === 'unsupported' ? exporter.exportCaptions('json') : undefined
    const project = {
      title: input.session.title,
      doc: store.getState().history.present,
      ...store.getState().history.settings,
      ...(input.media ? { media: { absolutePath: input.media.path } } : {}),
    }
    const created = await getBridge().createProject({
      path: chosen.path,
      writer: WRITER_ID,
      project: projectToJson(project, new Date()),
    })
    if (created.ok) input.onProjectPath(chosen.path)
    else store.dispatch({ type: 'saveStatusChanged', status: { state: 'error', code: created.code } })
  }
  const close = () => {
    flush()
    input.onClose()
  }
  const { onFind } = input
  const commands = useMemo(() => ({ find: onFind, save: flush }), [onFind, flush])
  const run = (command: CommandId) => () => input.runCommand.current?.(command)
  useMenuCommands({
    open: close,
    save: run('save'),
    'save-as': () => void saveAs(),
    'export-vtt': () => exporter.exportCaptions('vtt'),
    'export-srt': () => exporter.exportCaptions('srt'),
    'export-transcript': () => (exporter.exportWord ?? (() => exporter.exportTranscript('html')))(),
    undo: run('undo'),
    redo: run('redo'),
    find: onFind,
    settings: run('settings'),
    shortcuts: run('shortcuts'),
    'play-pause': run('play-pause'),
  })
  return { close, saveAs, commands }
}
