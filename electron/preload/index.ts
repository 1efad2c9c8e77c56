/**
 * The sandboxed preload: exposes `window.captionApi`, one narrow function per contract method, and
 * nothing else (never `ipcRenderer`, never a generic channel). Bundled into one CommonJS file that
 * requires only `electron`, because a sandboxed preload cannot load ESM, relative files or npm
 * packages. Event listeners never see the IpcRendererEvent, whose `sender` would leak
 * IPC to the page, and dropped files become paths here (`webUtils.getPathForFile`), since Electron removed `File.path`.
 */

import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { INVOKE_CHANNELS, MAIN_EVENTS } from '../../shared/ipc/contract'
import type { ApiArgs, ApiMethod, ApiResult, CaptionBridge, MainEventName, MainEvents } from '../../shared/ipc/contract'

/** A function calling one method's channel with its single argument. */
function invoker<M extends ApiMethod>(method: M): (args: ApiArgs<M>) => Promise<ApiResult<M>> {
  const channel = INVOKE_CHANNELS[method]
  return (args) => ipcRenderer.invoke(channel, args) as Promise<ApiResult<M>>
}

const EVENT_NAMES: ReadonlySet<string> = new Set(MAIN_EVENTS)

/** The object the page sees as `window.captionApi`. */
const captionApi = {
  getLaunchInfo: invoker('getLaunchInfo'),
  chooseFiles: invoker('chooseFiles'),
  chooseSavePath: invoker('chooseSavePath'),
  listFolder: invoker('listFolder'),
  pickFile: invoker('pickFile'),
  openMedia: invoker('openMedia'),
  findCaptionsBeside: invoker('findCaptionsBeside'),
  findProjectBeside: invoker('findProjectBeside'),
  readCaptionFile: invoker('readCaptionFile'),
  getPeaks: invoker('getPeaks'),
  cancelPeaks: invoker('cancelPeaks'),
  getSpeechPauses: invoker('getSpeechPauses'),
  transcodeMedia: invoker('transcodeMedia'),
  openProject: invoker('openProject'),
  createProject: invoker('createProject'),
  projectEdited: invoker('projectEdited'),
  flushProject: invoker('flushProject'),
  closeProject: invoker('closeProject'),
  readConflict: invoker('readConflict'),
  resolveConflict: invoker('resolveConflict'),
  discardRecovery: invoker('discardRecovery'),
  writeExport: invoker('writeExport'),
  writeDocxTranscript: invoker('writeDocxTranscript'),
  saveSettings: invoker('saveSettings'),
  openExternal: invoker('openExternal'),
  listVersions: invoker('listVersions'),
  readVersion: invoker('readVersion'),
  keepVersion: invoker('keepVersion'),
  on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void {
    if (!EVENT_NAMES.has(event)) throw new TypeError(`Unknown event: ${String(event).slice(0, 64)}`)
    const forward = (_event: unknown, payload: MainEvents[E]) => listener(payload)
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  },
  pathForFile(file: object): string {
    try {
      return webUtils.getPathForFile(file as File)
    } catch {
      // Not a DOM File (the page passed something else): no path.
      return ''
    }
  },
} satisfies CaptionBridge

contextBridge.exposeInMainWorld('captionApi', captionApi)
