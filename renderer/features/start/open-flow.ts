/**
 * Opening work from files on disk (desktop, or browser mode's server): a project, or a video with its
 * captions (found beside it or chosen), automated captions cleaned up after a before/after choice, and
 * a project created beside the video so every edit is saved from the first keystroke.
 * Questions for the editor go through `ask`; problems come back as translation keys with values.
 */

import type { CaptionBridge, Failure, OpenedMedia, OpenedProjectPayload } from '../../../shared/ipc/contract'
import { makeDocument, type CaptionDocument } from '../../../shared/model/document'
import type { ParseWarning } from '../../../shared/formats/types'
import {
  projectFromParsedJson,
  projectToJson,
  type Project,
  type ProjectJson,
} from '../../../shared/project/project-file'
import type { GlossaryEntry } from '../../../shared/quality/glossary'
import type { OpenedCaptions, TidyInputs } from '../../platform/open-captions'
import type { TidySummary } from '../../../shared/formats/types'
import { WRITER_ID } from '../../platform/writer'
import { requestPeaksEarly } from '../../platform/peaks-request'
import { openableKind } from '../../../shared/formats/file-kinds'

/** A message for the editor: an i18next key and its values. */
export type Notice = Readonly<{ key: string; values?: Readonly<Record<string, string | number>> }>

/**
 * A file that could not be read as captions, as a notice: the parser's code and parameters travel
 * with its English sentence, so the notice is shown in the UI's language (see notice-text.ts).
 */
export function parseProblemNotice(file: string, fatal: ParseWarning): Notice {
  return {
    key: 'start.problem',
    values: { file, line: fatal.line, message: fatal.message, problemCode: fatal.code, ...fatal.params },
  }
}

/** What the editor opens with. */
export type SessionInit = Readonly<{
  title: string
  doc: CaptionDocument
  glossary: readonly GlossaryEntry[]
  profileId?: string
  /** The project file every edit is saved to (absent: work is kept in the page only). */
  projectPath?: string
  media?: OpenedMedia
  /** A media file held by the page (browser mode without a server path). */
  mediaFile?: File
  /** Something to tell the editor on arrival (what was opened, a missing video…). */
  notice?: Notice
  /** The document differs from the project file (recovered work): it is saved at once. */
  dirty?: boolean
}>

/** The editor's answers to questions asked while opening. */
export type OpenQuestions = Readonly<{
  /** Unsaved work from `writtenAt` was found: true recovers it. */
  recover: (info: { writtenAt: number; cueCount: number; title: string }) => Promise<boolean>
  /** Automated captions were cleaned up: keep the cleaned version, or the file as it was (`tidy`: what was done). */
  cleanup: (before: CaptionDocument, after: CaptionDocument, tidy?: TidySummary) => Promise<'cleaned' | 'original'>
}>

/** The outcome of opening. */
export type OpenOutcome = { ok: true; session: SessionInit } | { ok: false; notice: Notice }

/** Dependencies, injected so the flow is tested without a page. */
export type OpenDeps = Readonly<{
  bridge: CaptionBridge
  parse: (bytes: ArrayBuffer, fileName: string, tidy?: TidyInputs) => Promise<OpenedCaptions>
  ask: OpenQuestions
}>

const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p
const stem = (p: string) => baseName(p).replace(/\.[^.]+$/, '')

/** A failure as a notice naming the file. */
export function failureNotice(failure: Failure, file?: string): Notice {
  return {
    key: `openProblems.${failure.code}`,
    values: { file: file ? baseName(file) : '', detail: failure.detail ?? '', line: failure.line ?? 1 },
  }
}

/** Sorts chosen paths into a project, a video and captions. */
export function classifyPaths(paths: readonly string[]): { project?: string; media?: string; captions?: string } {
  const sorted: { project?: string; media?: string; captions?: string } = {}
  for (const p of paths) {
    const kind = openableKind(p)
    if (kind && sorted[kind] === undefined) sorted[kind] = p
  }
  return sorted
}

/** Opens a project file (recovering journal work if the editor wants it) and its video. */
export async function openProjectPath(path: string, deps: OpenDeps): Promise<OpenOutcome> {
  const opened = await deps.bridge.openProject({ path, writer: WRITER_ID })
  if (!opened.ok) return { ok: false, notice: failureNotice(opened, path) }
  const { opened: o } = opened
  // The video's probe and its peaks start now, alongside the questions and the parse, not after them.
  const mediaOpening = o.mediaPath ? deps.bridge.openMedia({ path: o.mediaPath }) : undefined
  if (o.mediaPath) requestPeaksEarly(deps.bridge, o.mediaPath)
  let json: ProjectJson = o.project
  const recovered = o.recoverable
    ? await deps.ask.recover({
        writtenAt: o.recoverable.writtenAt,
        cueCount: o.recoverable.cueCount,
        title: o.project.title ?? stem(path),
      })
    : false
  if (o.recoverable && recovered) json = o.recoverable.project
  else if (o.recoverable) await deps.bridge.discardRecovery({ path, writer: WRITER_ID })
  // Main checked this JSON against the project schema as it read the file (or the journal): it is not
  // checked again here, which on a long project would walk every caption a second time.
  const project = projectFromParsedJson(json)
  const media = await mediaOpening
  const missing = o.mediaMissing
    ? { key: 'open.mediaMissing', values: { file: project.media?.relativePath ?? project.media?.absolutePath ?? '' } }
    : undefined
  // Someone else has it open: say so first, before either of them types into it.
  const elsewhere = o.openElsewhere
    ? {
        key: `open.openElsewhere.${o.openElsewhere.where}`,
        values: { file: baseName(path), host: o.openElsewhere.host },
      }
    : undefined
  return {
    ok: true,
    session: {
      ...sessionFromProject(project, path),
      ...(recovered ? { dirty: true } : {}),
      ...(media?.ok ? { media: media.media } : {}),
      notice:
        elsewhere ??
        missing ??
        (media && !media.ok
          ? failureNotice(media, o.mediaPath)
          : { key: 'open.projectOpened', values: { file: baseName(path), count: project.doc.cues.length } }),
    },
  }
}

function sessionFromProject(project: Project, path: string): SessionInit {
  return {
    title: project.title ?? stem(path),
    doc: project.doc,
    glossary: project.glossary,
    ...(project.profileId ? { profileId: project.profileId } : {}),
    projectPath: path,
  }
}

/** The editor's start for a project main has just opened (after a conflict, their version); media is the caller's. */
export function sessionFromPayload(opened: OpenedProjectPayload): SessionInit {
  // Main checked this project as it read it (or wrote it itself).
  return sessionFromProject(projectFromParsedJson(opened.project), opened.path)
}

/**
 * Reads and parses a caption file, asking about automated-caption clean-up. Automated captions opened
 * with their video are read again with the pauses in its speech (the decode the waveform needs anyway).
 */
async function loadCaptions(
  path: string,
  deps: OpenDeps,
  mediaPath?: string,
): Promise<{ ok: true; doc: CaptionDocument; notice: Notice } | { ok: false; notice: Notice }> {
  const read = await deps.bridge.readCaptionFile({ path })
  if (!read.ok) return { ok: false, notice: failureNotice(read, path) }
  const bytes = read.bytes.buffer.slice(
    read.bytes.byteOffset,
    read.bytes.byteOffset + read.bytes.byteLength,
  ) as ArrayBuffer
  let parsed = await deps.parse(bytes.slice(0), read.name)
  if (parsed.ok && parsed.original && mediaPath) {
    const heard = await deps.bridge.getSpeechPauses({ mediaPath })
    if (heard.ok) parsed = await deps.parse(bytes, read.name, { pauses: heard.pauses })
  }
  if (!parsed.ok) return { ok: false, notice: parseProblemNotice(read.name, parsed.fatal) }
  let doc = parsed.doc
  if (parsed.original && (await deps.ask.cleanup(parsed.original, parsed.doc, parsed.tidy)) === 'original')
    doc = parsed.original
  return {
    ok: true,
    doc,
    notice: {
      key: 'start.summary',
      values: {
        count: doc.cues.length,
        format: parsed.format.name,
        formatId: parsed.format.id,
        warnings: parsed.warnings.length,
      },
    },
  }
}

/** Opens whatever the editor chose: a project, a video (with captions beside it or chosen), or captions alone. */
export async function openFromPaths(paths: readonly string[], deps: OpenDeps): Promise<OpenOutcome> {
  const { project, media, captions } = classifyPaths(paths)
  if (project) return openProjectPath(project, deps)
  if (!media && !captions)
    return { ok: false, notice: { key: 'open.nothingToOpen', values: { file: paths.map(baseName).join(', ') } } }
  let openedMedia: OpenedMedia | undefined
  if (media) {
    const result = await deps.bridge.openMedia({ path: media })
    if (!result.ok) return { ok: false, notice: failureNotice(result, media) }
    openedMedia = result.media
    // The waveform is computed while the captions are found and parsed.
    requestPeaksEarly(deps.bridge, media)
  }
  const anchor = media ?? captions!
  const beside = await deps.bridge.findProjectBeside({ mediaPath: anchor })
  // Worked on this video before: carry on with that project rather than start again.
  if (beside.ok && beside.path && !captions) return openProjectPath(beside.path, deps)
  let captionPath = captions
  if (!captionPath && media) {
    const found = await deps.bridge.findCaptionsBeside({ mediaPath: media })
    captionPath = found.ok ? found.paths[0] : undefined
  }
  let doc = makeDocument([])
  let notice: Notice = { key: 'open.noCaptions', values: { file: baseName(anchor) } }
  if (captionPath) {
    const loaded = await loadCaptions(captionPath, deps, openedMedia?.hasAudio ? media : undefined)
    if (!loaded.ok) return loaded
    doc = loaded.doc
    notice = captions
      ? loaded.notice
      : { key: 'open.captionsFoundBeside', values: { file: baseName(captionPath), count: doc.cues.length } }
  }
  const title = stem(anchor)
  const projectData: Project = { title, doc, glossary: [], ...(media ? { media: { absolutePath: media } } : {}) }
  let projectPath: string | undefined
  if (beside.ok) {
    const created = await deps.bridge.createProject({
      path: beside.newPath,
      writer: WRITER_ID,
      project: projectToJson(projectData, new Date()),
    })
    if (created.ok) projectPath = beside.newPath
    else notice = { key: 'open.projectNotCreated', values: { file: baseName(beside.newPath), reason: created.code } }
  }
  return {
    ok: true,
    session: {
      title,
      doc,
      glossary: [],
      ...(projectPath ? { projectPath } : {}),
      ...(openedMedia ? { media: openedMedia } : {}),
      notice,
    },
  }
}
