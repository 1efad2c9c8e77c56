/**
 * The one contract between the renderer and the main side (the Electron main process, or browser
 * mode's loopback server). Every request is `app:kebab-case` with one object argument and a result
 * object; every push from main is an event. Both transports validate arguments with the same zod
 * schemas (./schemas.ts) before any handler runs, so a compromised page cannot send a malformed call.
 *
 * Results never carry sentences for the UI: failures have a `code` the renderer translates, plus a
 * `detail` (a file name or line) where one helps. Paths are absolute strings.
 */

import type { CaptionJson } from '../formats/json'
import type { ProjectChanges } from '../project/project-changes'
import type { ProjectJson } from '../project/project-file'
import type { ProjectDifferences } from '../project/compare'
import type { KeepReason, VersionInfo } from '../project/version-info'

/** A failure any channel can answer with: a code the renderer translates, and what it concerns. */
export type Failure = Readonly<{ ok: false; code: FailureCode; detail?: string; line?: number }>

/** Why a request failed. Codes from the file system keep their errno names. */
export type FailureCode =
  | 'invalid-request'
  | 'not-allowed'
  | 'unsupported'
  | 'cancelled'
  | 'not-found'
  | 'too-large'
  | 'unreadable'
  /** A device, pipe or socket where a file was expected (/dev/zero, a FIFO). */
  | 'not-a-file'
  | 'not-media'
  | 'no-audio'
  | 'ffmpeg-missing'
  | 'ffmpeg-failed'
  | 'damaged-project'
  /** A project saved by a newer Eglur (a later project file version). */
  | 'newer-project'
  | 'not-open'
  | 'EACCES'
  | 'EPERM'
  | 'ENOSPC'
  | 'EROFS'
  | 'disconnected'
  | 'unknown'

/** A success or a {@link Failure}. */
export type Result<T extends object = object> = (Readonly<{ ok: true }> & T) | Failure

/** Where the renderer runs. */
export type AppMode = 'desktop' | 'browser'

/** A project opened recently (for the start screen). */
export type RecentProject = Readonly<{ path: string; title: string; openedAt: number }>

/** User settings, kept by main between sessions. All optional: absent means "the default". */
export type Settings = Readonly<{
  /** UI language (`en`, `cy`); absent follows the system language. */
  language?: string
  theme?: 'system' | 'light' | 'dark'
  /** Id of the style profile quality checks use. */
  profileId?: string
  autoPause?: Readonly<{ enabled: boolean; resumeBackMs: number; idleMs: number }>
  /** Remapped shortcuts: command id → key chord (e.g. `Ctrl+Shift+S`). */
  shortcuts?: Readonly<Record<string, string>>
  /** Caption preview size over the video, in percent of the default. */
  captionSizePercent?: number
  /** How far before a chosen caption's start the video is put, in ms (default 300). */
  cueLeadInMs?: number
  /** Speak or sound cue starts and ends during playback. */
  earcons?: boolean
  announceCues?: boolean
  /** Set once the first-run welcome has been seen. */
  welcomeSeen?: boolean
}>

/** What the renderer needs to start. */
export type LaunchInfo = Readonly<{
  mode: AppMode
  platform: string
  appVersion: string
  /** The system's preferred languages, best first. */
  systemLanguages: readonly string[]
  /** Files named on the command line or opened from the desktop before the window was ready. */
  openFiles: readonly string[]
  recent: readonly RecentProject[]
  settings: Settings
  /** A sample project that ships with the app (first run). */
  sampleProjectPath?: string
}>

/** What a file chooser is for: decides its filters. */
export type ChoosePurpose = 'open' | 'media' | 'captions' | 'project'

/** What a save chooser is for. */
export type SaveKind = 'project' | 'vtt' | 'srt' | 'sbv' | 'md' | 'html' | 'txt' | 'docx'

/** One entry of a folder listing (browser mode's in-page file chooser). */
export type FolderEntry = Readonly<{ name: string; path: string; kind: 'folder' | 'file'; size?: number }>

/** A media file the renderer can play. */
export type OpenedMedia = Readonly<{
  path: string
  /** A URL for `<video src>`, answered with HTTP Range support. */
  url: string
  durationMs: number
  hasAudio: boolean
  /** False for codecs Chromium cannot play (HEVC, …): offer {@link CaptionApi.transcodeMedia}. */
  playable: boolean
  videoCodec?: string
  audioCodec?: string
}>

/**
 * Waveform peaks: `data` holds min,max pairs, `perSecond` pairs a second, scaled to −127..127; from
 * `startMs` when only a window of the recording was asked for (else from the start, all of it).
 */
export type PeaksPayload = Readonly<{ perSecond: number; durationMs: number; data: Int8Array; startMs?: number }>

/** A pause in the speech: start and end in ms, depth in dB below the speech around it. */
export type SpeechPausePayload = Readonly<{ startMs: number; endMs: number; depth: number }>

/** An opened project and anything unsaved found in its journal. */
export type OpenedProjectPayload = Readonly<{
  path: string
  project: ProjectJson
  mediaPath?: string
  /** The project names a video that is no longer where it was. */
  mediaMissing: boolean
  /** Newer work from the journal than the file holds (after a crash), with when it was written. */
  recoverable?: Readonly<{ project: ProjectJson; writtenAt: number; cueCount: number }>
  /** Someone else has the project open: another window or tab of this app, or another program. */
  openElsewhere?: OpenElsewhere
  /** After a conflict settled by opening their version: where this window's own work was kept. */
  keptAs?: string
}>

/** Who else has a project open, for the warning shown when a second window or program opens it. */
export type OpenElsewhere = Readonly<{ where: 'this-app' | 'another-program'; host: string; since: number }>

/**
 * Where saving a project stands (the "All changes saved" indicator). `conflict`: the file was saved by
 * someone else since this window read it; edits are kept in the journal until the editor chooses.
 */
export type ProjectSaveStatus = Readonly<{
  state: 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict'
  code?: string
  savedAt?: number
}>

/** How the editor settles a conflict: take the file as it is now, or keep their own work as a copy beside it. */
export type ConflictChoice = 'reload' | 'keep-copy'

/** The commands the native menu sends. */
export type MenuCommand =
  | 'open'
  | 'save'
  | 'save-as'
  | 'export-vtt'
  | 'export-srt'
  | 'export-transcript'
  | 'undo'
  | 'redo'
  | 'find'
  | 'settings'
  | 'shortcuts'
  | 'help'
  | 'play-pause'

/** The task-shaped API the renderer uses; the only way it reaches files, media and settings. */
export interface CaptionApi {
  /** Mode, languages, files to open at start, recent projects and settings. */
  getLaunchInfo(args: Record<string, never>): Promise<LaunchInfo>
  /** Shows the system's open dialog (desktop); `unsupported` in browser mode, which lists folders instead. */
  chooseFiles(args: { purpose: ChoosePurpose }): Promise<Result<{ paths: readonly string[] }>>
  /** Shows the system's save dialog (desktop); `unsupported` in browser mode. */
  chooseSavePath(args: { kind: SaveKind; suggestedPath?: string }): Promise<Result<{ path: string }>>
  /** Lists a folder for the in-page chooser (browser mode only); no path lists the starting folder. */
  listFolder(args: {
    path?: string
  }): Promise<Result<{ path: string; parent?: string; entries: readonly FolderEntry[] }>>
  /** Grants the renderer a file the user picked in the in-page chooser (browser mode only). */
  pickFile(args: { path: string }): Promise<Result<{ path: string }>>
  /** Opens a video or audio file for playback: probes it and returns a seekable URL. */
  openMedia(args: { path: string }): Promise<Result<{ media: OpenedMedia }>>
  /** Caption files beside a video with the same name (talk.mp4 → talk.vtt, talk.en.srt, …). */
  findCaptionsBeside(args: { mediaPath: string }): Promise<Result<{ paths: readonly string[] }>>
  /** The project beside a video (talk.mp4 → talk.eglur): `path` when it exists, `newPath` (granted, never an existing file) to create one. */
  findProjectBeside(args: { mediaPath: string }): Promise<Result<{ path?: string; newPath: string }>>
  /** The bytes of a caption file (the renderer parses them in a worker). */
  readCaptionFile(args: { path: string }): Promise<Result<{ name: string; bytes: Uint8Array }>>
  /**
   * Waveform peaks, from the cache when the file is unchanged; progress comes as `peaks-progress`. With
   * `window`, only that stretch is decoded (quick, to draw the first screen while the rest is computed;
   * not cached), or cut from the cached whole (`cached` true: the whole request is then a moment away).
   */
  getPeaks(args: {
    mediaPath: string
    window?: { startMs: number; endMs: number }
  }): Promise<Result<{ peaks: PeaksPayload; cached: boolean }>>
  /** Stops a running peaks computation. */
  cancelPeaks(args: { mediaPath: string }): Promise<Result>
  /** Pauses in the speech (ms; depth in dB), from the peaks' decode and cached beside them. */
  getSpeechPauses(args: {
    mediaPath: string
  }): Promise<Result<{ pauses: readonly SpeechPausePayload[]; cached: boolean }>>
  /** Converts media Chromium cannot play to H.264/AAC MP4 beside it; progress as `transcode-progress`. */
  transcodeMedia(args: { path: string }): Promise<Result<{ outputPath: string }>>
  /**
   * Opens a project file for a writer (a window or tab, by a random id it made at start; one default
   * writer when omitted), with any unsaved work found in journals of writers that crashed, and who
   * else has it open.
   */
  openProject(args: { path: string; writer?: string }): Promise<Result<{ opened: OpenedProjectPayload }>>
  /** Starts keeping a project at `path` (first save, or "save as"): writes it now. */
  createProject(args: {
    path: string
    writer?: string
    project: ProjectJson
  }): Promise<Result<{ status: ProjectSaveStatus }>>
  /**
   * Records an edit: what changed since the last call, or the whole project (the first call after
   * opening or recovering). `not-open` asks for the whole project. Main has it on disk within a second
   * (status comes as `save-status`).
   */
  projectEdited(args: {
    path: string
    writer?: string
    changes?: ProjectChanges
    project?: ProjectJson
  }): Promise<Result>
  /** Writes any pending edit now (before closing); resolves with the final status. */
  flushProject(args: { path: string; writer?: string }): Promise<Result<{ status: ProjectSaveStatus }>>
  /** The writer leaves the project: pending edits are written and the project is no longer held open. */
  closeProject(args: { path: string; writer?: string }): Promise<Result>
  /** The project file as it is now, while this writer is in conflict with it (to compare). */
  readConflict(args: { path: string; writer?: string }): Promise<Result<{ theirs: ProjectJson }>>
  /**
   * Settles a conflict. `reload`: the writer's work is kept as a version and the file as it is now is
   * opened. `keep-copy`: the writer's work is saved as a new project beside it, which the writer then edits.
   */
  resolveConflict(args: {
    path: string
    writer?: string
    choice: ConflictChoice
  }): Promise<Result<{ opened: OpenedProjectPayload }>>
  /** Throws away the unsaved work of crashed writers of a project. */
  discardRecovery(args: { path: string; writer?: string }): Promise<Result>
  /** Writes an exported file (captions, transcript) atomically. */
  writeExport(args: { path: string; text?: string; bytes?: Uint8Array }): Promise<Result>
  /** Builds a Word transcript from caption JSON and writes it. */
  writeDocxTranscript(args: { path: string; doc: CaptionJson; title?: string; timestamps?: boolean }): Promise<Result>
  /** Saves settings (merged over the stored ones). */
  saveSettings(args: { settings: Settings }): Promise<Result<{ settings: Settings }>>
  /** Opens an http(s) link in the system browser. */
  openExternal(args: { url: string }): Promise<Result>
  /** The versions kept of a project, newest first (only those that open). */
  listVersions(args: { path: string }): Promise<Result<{ versions: readonly VersionInfo[] }>>
  /** One version, and what restoring it would change in the project as it is now (`differences`: now → version). */
  readVersion(args: {
    path: string
    id: string
  }): Promise<Result<{ version: VersionInfo; project: ProjectJson; differences: ProjectDifferences }>>
  /** Keeps the project as it is on disk, every pending edit written first, as a version (call right before a bulk change). */
  keepVersion(args: { path: string; reason: KeepReason; detail?: string }): Promise<Result<{ version?: VersionInfo }>>
}

/** The request channel for each API method: `app:` + the method name in kebab-case. */
export const INVOKE_CHANNELS = {
  getLaunchInfo: 'app:get-launch-info',
  chooseFiles: 'app:choose-files',
  chooseSavePath: 'app:choose-save-path',
  listFolder: 'app:list-folder',
  pickFile: 'app:pick-file',
  openMedia: 'app:open-media',
  findCaptionsBeside: 'app:find-captions-beside',
  findProjectBeside: 'app:find-project-beside',
  readCaptionFile: 'app:read-caption-file',
  getPeaks: 'app:get-peaks',
  cancelPeaks: 'app:cancel-peaks',
  getSpeechPauses: 'app:get-speech-pauses',
  transcodeMedia: 'app:transcode-media',
  openProject: 'app:open-project',
  createProject: 'app:create-project',
  projectEdited: 'app:project-edited',
  flushProject: 'app:flush-project',
  closeProject: 'app:close-project',
  readConflict: 'app:read-conflict',
  resolveConflict: 'app:resolve-conflict',
  discardRecovery: 'app:discard-recovery',
  writeExport: 'app:write-export',
  writeDocxTranscript: 'app:write-docx-transcript',
  saveSettings: 'app:save-settings',
  openExternal: 'app:open-external',
  listVersions: 'app:list-versions',
  readVersion: 'app:read-version',
  keepVersion: 'app:keep-version',
} as const satisfies { readonly [K in keyof CaptionApi]: `app:${string}` }

/** A method of the API. */
export type ApiMethod = keyof CaptionApi

/** The argument of a method. */
export type ApiArgs<M extends ApiMethod> = Parameters<CaptionApi[M]>[0]

/** The resolved result of a method. */
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<CaptionApi[M]>>

/** Events main pushes to the renderer. */
export type MainEvents = {
  'app:save-status': Readonly<{ path: string; status: ProjectSaveStatus }>
  'app:peaks-progress': Readonly<{ mediaPath: string; fraction: number }>
  'app:transcode-progress': Readonly<{ path: string; fraction: number }>
  'app:menu-command': Readonly<{ command: MenuCommand }>
  /** Files opened from the desktop while the app runs (second instance, macOS open-file). */
  'app:open-files': Readonly<{ paths: readonly string[] }>
}

/** The name of a main → renderer event. */
export type MainEventName = keyof MainEvents

/** Every event name, for the preload's allow-list. */
export const MAIN_EVENTS: readonly MainEventName[] = [
  'app:save-status',
  'app:peaks-progress',
  'app:transcode-progress',
  'app:menu-command',
  'app:open-files',
]

/** What the preload exposes as `window.captionApi`: the API plus events and dropped-file paths. */
export type CaptionBridge = CaptionApi & {
  /** Subscribes to a main event; returns the unsubscribe. */
  on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void
  /** The path of a dropped or chosen DOM `File` (desktop only; empty when it has none). Typed `object` because shared/ has no DOM. */
  pathForFile(file: object): string
}
