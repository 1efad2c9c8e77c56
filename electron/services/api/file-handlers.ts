/** The API's file work: choosers, the in-page folder listing, captions and projects beside a video, reads and exports. */

import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { CaptionApi, FolderEntry } from '../../../shared/ipc/contract'
import { extensionOf, openableKind } from '../../../shared/formats/file-kinds'
import { documentFromJson } from '../../../shared/formats/json'
import { buildTranscript } from '../../../shared/transcript/builder'
import type { AccessLevel } from '../access'
import { writeFileAtomic } from '../atomic-write'
import { MAX_CAPTION_BYTES } from '../../../shared/formats/read-caption-bytes'
import { FileRefusedError, readRegularFile } from '../read-regular-file'
import { renderDocx } from '../../../shared/transcript/render-docx'
import { fail, failureOf } from './failures'
import type { ServiceContext } from './context'

/** Whether the in-page chooser shows and lets the user pick this file (everything Eglur can open). */
const isOpenable = (name: string): boolean => openableKind(name) !== undefined
/** Captions found beside a video: every caption format but JSON, which names too many other files. */
const isCaptionsBeside = (name: string): boolean => openableKind(name) === 'captions' && extensionOf(name) !== 'json'

/** A file the user chose to open may be read (and its neighbours found); a project is also written. */
export const openLevel = (filePath: string): AccessLevel => (openableKind(filePath) === 'project' ? 'write' : 'open')

/** talk.en.mp4 → talk.en; the name captions beside it start with. */
const stem = (filePath: string): string => path.basename(filePath, path.extname(filePath))

/** Builds the file handlers. */
export function fileHandlers(
  ctx: ServiceContext,
): Pick<
  CaptionApi,
  | 'chooseFiles'
  | 'chooseSavePath'
  | 'listFolder'
  | 'pickFile'
  | 'findCaptionsBeside'
  | 'findProjectBeside'
  | 'readCaptionFile'
  | 'writeExport'
  | 'writeDocxTranscript'
> {
  const { host, access } = ctx
  const rootOf = (p: string) =>
    (host.browseRoots ?? []).find(
      (root) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep),
    )
  const insideRoots = (p: string) => rootOf(p) !== undefined
  // The chooser never shows dot-files or dot-folders (keys, shell settings), so they cannot be listed or picked either.
  const hiddenBelowRoot = (p: string) => {
    const root = rootOf(p)
    return (
      root === undefined ||
      path
        .relative(root, p)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
  }
  const visible = (wanted: string, real: string) =>
    insideRoots(real) &&
    !hiddenBelowRoot(real) &&
    (!insideRoots(path.resolve(wanted)) || !hiddenBelowRoot(path.resolve(wanted)))
  const realOrSelf = (p: string) => fs.realpath(p).catch(() => path.resolve(p))
  return {
    async chooseFiles({ purpose }) {
      if (!host.dialogs) return fail('unsupported')
      const paths = (await host.dialogs.chooseFiles(purpose)) ?? []
      for (const p of paths) access.grantAt(p, openLevel(p))
      return { ok: true, paths }
    },
    async chooseSavePath({ kind, suggestedPath }) {
      if (!host.dialogs) return fail('unsupported')
      const chosen = await host.dialogs.chooseSavePath(kind, suggestedPath)
      if (!chosen) return fail('cancelled')
      access.grant(chosen)
      return { ok: true, path: chosen }
    },
    async listFolder({ path: wanted }) {
      const roots = host.browseRoots
      if (!roots?.length) return fail('unsupported')
      const folder = await realOrSelf(wanted ?? roots[0]!)
      if (!visible(wanted ?? folder, folder)) return fail('not-allowed', wanted)
      try {
        const dirents = await fs.readdir(folder, { withFileTypes: true })
        const entries: FolderEntry[] = []
        for (const d of dirents) {
          // Hidden files (backups, journals, dot-folders) would only confuse the chooser.
          if (d.name.startsWith('.')) continue
          const full = path.join(folder, d.name)
          if (d.isDirectory()) entries.push({ name: d.name, path: full, kind: 'folder' })
          else if (d.isFile() && isOpenable(d.name)) {
            const size = await fs.stat(full).then(
              (s) => s.size,
              () => undefined,
            )
            entries.push(
              size === undefined
                ? { name: d.name, path: full, kind: 'file' }
                : { name: d.name, path: full, kind: 'file', size },
            )
          }
        }
        entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1))
        const parent = path.dirname(folder)
        return { ok: true, path: folder, ...(parent !== folder && insideRoots(parent) ? { parent } : {}), entries }
      } catch (error) {
        return failureOf(error, folder)
      }
    },
    async pickFile({ path: picked }) {
      if (!host.browseRoots?.length) return fail('unsupported')
      const real = await realOrSelf(picked)
      if (!visible(picked, real) || !isOpenable(real)) return fail('not-allowed', picked)
      const stat = await fs.stat(real).catch(() => undefined)
      if (!stat?.isFile()) return fail('not-found', picked)
      // The page names the file, so a pick opens it; only a project can be written.
      access.grantAt(picked, openLevel(real))
      return { ok: true, path: picked }
    },
    async findCaptionsBeside({ mediaPath }) {
      if (!access.allowsOpen(mediaPath)) return fail('not-allowed', mediaPath)
      const base = stem(mediaPath).toLowerCase()
      try {
        const names = await fs.readdir(path.dirname(mediaPath))
        const paths = names
          .filter(isCaptionsBeside)
          .filter((n) => {
            const s = stem(n).toLowerCase()
            // talk.vtt, talk.en.vtt, talk.en-GB.srt: the same name, optionally with a language tag.
            return (
              s === base ||
              (s.startsWith(`${base}.`) && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(s.slice(base.length + 1)))
            )
          })
          .sort()
          .map((n) => path.join(path.dirname(mediaPath), n))
        for (const p of paths) access.grantAt(p, 'read')
        return { ok: true, paths }
      } catch (error) {
        return failureOf(error, mediaPath)
      }
    },
    async findProjectBeside({ mediaPath }) {
      if (!access.allowsOpen(mediaPath)) return fail('not-allowed', mediaPath)
      const exists = (p: string) =>
        fs.access(p).then(
          () => true,
          () => false,
        )
      const existing = path.join(path.dirname(mediaPath), `${stem(mediaPath)}.eglur`)
      // A new project never replaces an existing one: talk.eglur is taken, so talk-2.eglur, …
      let newPath = existing
      for (let n = 2; await exists(newPath); n++)
        newPath = path.join(path.dirname(mediaPath), `${stem(mediaPath)}-${n}.eglur`)
      access.grant(existing)
      access.grant(newPath)
      return { ok: true, newPath, ...(newPath !== existing ? { path: existing } : {}) }
    },
    async readCaptionFile({ path: file }) {
      if (!access.allowsRead(file)) return fail('not-allowed', file)
      try {
        return {
          ok: true,
          name: path.basename(file),
          bytes: new Uint8Array(await readRegularFile(file, { maxBytes: MAX_CAPTION_BYTES })),
        }
      } catch (error) {
        if (error instanceof FileRefusedError && error.code === 'too-large')
          return fail(
            'too-large',
            `${error.size === undefined ? 'over ' : ''}${Math.round((error.size ?? MAX_CAPTION_BYTES) / 1048576)} MB`,
          )
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') return fail('unreadable', file)
        return failureOf(error, file)
      }
    },
    async writeExport({ path: file, text, bytes }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      try {
        await writeFileAtomic(file, text ?? bytes ?? '')
        return { ok: true }
      } catch (error) {
        return failureOf(error, file)
      }
    },
    async writeDocxTranscript({ path: file, doc, title, timestamps }) {
      if (!access.allows(file)) return fail('not-allowed', file)
      try {
        const transcript = buildTranscript(documentFromJson(doc), {
          ...(title ? { title } : {}),
          ...(timestamps ? { timestamps } : {}),
        })
        await writeFileAtomic(file, await renderDocx(transcript))
        return { ok: true }
      } catch (error) {
        return failureOf(error, file)
      }
    },
  }
}
