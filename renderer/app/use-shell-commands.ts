/** The editor shell's commands: save now, save as, close, and the desktop menu's commands. */

import { useMemo } from 'react'
import type { OpenedMedia } from '../../shared/ipc/contract'
import { projectToJson } from '../../shared/project/project-file'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import type { Exporter } from '../features/export/export-menu'
import { getBridge } from '../platform/bridge'
import { useMedia } from './media-context'
import { useStore } from './store-context'
import { useMenuCommands } from './use-menu-commands'
import type { SessionInit } from './open-flow'

/** What the commands act on. */
export type ShellCommandsInput = Readonly<{
  session: SessionInit
  projectPath: string | undefined
  onProjectPath: (path: string) => void
  media: OpenedMedia | undefined
  glossary: readonly GlossaryEntry[]
  profileId: string
  exporter: Exporter
  onFind: () => void
  onClose: () => void
}>

/** Builds the commands and subscribes to the menu. */
export function useShellCommands(input: ShellCommandsInput) {
  const store = useStore()
  const { element } = useMedia()
  const { projectPath, exporter } = input
  const flush = () => void (projectPath ? getBridge().flushProject({ path: projectPath }) : undefined)
  // "Save as": the work moves to a new project file, which every later edit goes to.
  const saveAs = async () => {
    const chosen = await getBridge().chooseSavePath({ kind: 'project', ...(projectPath ? { suggestedPath: projectPath } : {}) })
    if (!chosen.ok) return chosen.code === 'unsupported' ? exporter.exportCaptions('json') : undefined
    const project = { title: input.session.title, doc: store.getState().history.present, glossary: input.glossary, profileId: input.profileId, ...(input.media ? { media: { absolutePath: input.media.path } } : {}) }
    const created = await getBridge().createProject({ path: chosen.path, project: projectToJson(project, new Date()) })
    if (created.ok) input.onProjectPath(chosen.path)
    else store.dispatch({ type: 'saveStatusChanged', status: { state: 'error', code: created.code } })
  }
  const close = () => {
    flush()
    input.onClose()
  }
  const { onFind } = input
  const commands = useMemo(() => ({ find: onFind, save: () => void (projectPath ? getBridge().flushProject({ path: projectPath }) : undefined) }), [onFind, projectPath])
  useMenuCommands({
    open: close,
    save: flush,
    'save-as': () => void saveAs(),
    'export-vtt': () => exporter.exportCaptions('vtt'),
    'export-srt': () => exporter.exportCaptions('srt'),
    'export-transcript': () => (exporter.exportWord ?? (() => exporter.exportTranscript('html')))(),
    undo: () => store.dispatch({ type: 'undoRequested' }),
    redo: () => store.dispatch({ type: 'redoRequested' }),
    find: onFind,
    'play-pause': () => (element ? (element.paused ? void element.play().catch(() => undefined) : element.pause()) : undefined),
  })
  return { close, saveAs, commands }
}
