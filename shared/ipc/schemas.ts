/**
 * Runtime checks for every request's argument, shared by both transports (Electron IPC and browser
 * mode's HTTP). A payload that does not match is refused before any handler runs.
 */

import { z } from 'zod'
import { captionJsonSchema } from '../formats/json'
import { projectChangesSchema } from '../project/project-changes'
import { projectSchema } from '../project/project-file'
import { KEEP_REASONS, VERSION_ID_PATTERN } from '../project/version-info'
import type { ApiArgs, ApiMethod } from './contract'

/** An absolute path: POSIX `/…`, Windows `C:\…` or `\\server\…`; no NUL, bounded length. */
const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains a NUL byte')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'path must be absolute')

/** A window's or tab's writer id: random, made by the page at start. */
const writer = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected a writer id')

const shortcutMap = z.record(z.string().max(64), z.string().max(64))

const settingsSchema = z
  .object({
    language: z.string().max(16).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    profileId: z.string().max(64).optional(),
    autoPause: z
      .object({
        enabled: z.boolean(),
        resumeBackMs: z.number().int().min(0).max(30_000),
        idleMs: z.number().int().min(200).max(30_000),
      })
      .optional(),
    shortcuts: shortcutMap.optional(),
    captionSizePercent: z.number().int().min(50).max(300).optional(),
    cueLeadInMs: z.number().int().min(0).max(5000).optional(),
    earcons: z.boolean().optional(),
    announceCues: z.boolean().optional(),
    welcomeSeen: z.boolean().optional(),
  })
  .strict()

const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= 256 * 1024 * 1024, 'too large')
const empty = z.object({}).strict()

/** The schema of each method's argument. */
export const ARG_SCHEMAS = {
  getLaunchInfo: empty,
  chooseFiles: z.object({ purpose: z.enum(['open', 'media', 'captions', 'project']) }).strict(),
  chooseSavePath: z
    .object({
      kind: z.enum(['project', 'vtt', 'srt', 'sbv', 'md', 'html', 'txt', 'docx']),
      suggestedPath: absolutePath.optional(),
    })
    .strict(),
  listFolder: z.object({ path: absolutePath.optional() }).strict(),
  pickFile: z.object({ path: absolutePath }).strict(),
  openMedia: z.object({ path: absolutePath }).strict(),
  findCaptionsBeside: z.object({ mediaPath: absolutePath }).strict(),
  findProjectBeside: z.object({ mediaPath: absolutePath }).strict(),
  readCaptionFile: z.object({ path: absolutePath }).strict(),
  getPeaks: z
    .object({
      mediaPath: absolutePath,
      window: z
        .object({ startMs: z.number().int().min(0), endMs: z.number().int().min(0) })
        .strict()
        .optional(),
    })
    .strict(),
  cancelPeaks: z.object({ mediaPath: absolutePath }).strict(),
  getSpeechPauses: z.object({ mediaPath: absolutePath }).strict(),
  transcodeMedia: z.object({ path: absolutePath }).strict(),
  openProject: z.object({ path: absolutePath, writer: writer.optional() }).strict(),
  createProject: z.object({ path: absolutePath, writer: writer.optional(), project: projectSchema }).strict(),
  projectEdited: z
    .object({
      path: absolutePath,
      writer: writer.optional(),
      changes: projectChangesSchema.optional(),
      project: projectSchema.optional(),
    })
    .strict()
    .refine((a) => (a.changes === undefined) !== (a.project === undefined), 'give exactly one of changes and project'),
  flushProject: z.object({ path: absolutePath, writer: writer.optional() }).strict(),
  closeProject: z.object({ path: absolutePath, writer: writer.optional() }).strict(),
  readConflict: z.object({ path: absolutePath, writer: writer.optional() }).strict(),
  resolveConflict: z
    .object({ path: absolutePath, writer: writer.optional(), choice: z.enum(['reload', 'keep-copy']) })
    .strict(),
  discardRecovery: z.object({ path: absolutePath, writer: writer.optional() }).strict(),
  writeExport: z
    .object({ path: absolutePath, text: z.string().optional(), bytes: bytes.optional() })
    .strict()
    .refine((a) => (a.text === undefined) !== (a.bytes === undefined), 'give exactly one of text and bytes'),
  writeDocxTranscript: z
    .object({
      path: absolutePath,
      doc: captionJsonSchema,
      title: z.string().max(500).optional(),
      timestamps: z.boolean().optional(),
    })
    .strict(),
  saveSettings: z.object({ settings: settingsSchema }).strict(),
  openExternal: z
    .object({
      url: z
        .string()
        .max(2048)
        .regex(/^https?:\/\//, 'only http(s) links open outside the app'),
    })
    .strict(),
  listVersions: z.object({ path: absolutePath }).strict(),
  readVersion: z.object({ path: absolutePath, id: z.string().regex(VERSION_ID_PATTERN, 'not a version id') }).strict(),
  keepVersion: z
    .object({ path: absolutePath, reason: z.enum(KEEP_REASONS), detail: z.string().max(300).optional() })
    .strict(),
} as const satisfies { readonly [M in ApiMethod]: z.ZodType }

/** A checked argument, or why it was refused. */
export type ArgCheck<M extends ApiMethod> = { ok: true; args: ApiArgs<M> } | { ok: false; detail: string }

/** Checks a method's argument as it arrived from the renderer. */
export function checkArgs<M extends ApiMethod>(method: M, raw: unknown): ArgCheck<M> {
  const result = ARG_SCHEMAS[method].safeParse(raw)
  if (result.success) return { ok: true, args: result.data as ApiArgs<M> }
  const issue = result.error.issues[0]
  return { ok: false, detail: issue ? `${issue.path.join('.') || 'argument'}: ${issue.message}` : 'invalid argument' }
}

/** True for a channel name the contract declares (the preload and main refuse the rest). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(ARG_SCHEMAS, name)
}
