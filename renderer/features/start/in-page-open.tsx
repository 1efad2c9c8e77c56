/**
 * Opening files chosen with the page's own file inputs. In the desktop app these carry paths and
 * open like any other file; in a browser they stay in the page (no project file, and the waveform
 * is decoded in the page).
 */

import { useTranslation } from 'react-i18next'
import { makeDocument } from '../../../shared/model/document'
import { useBridge, useIsDesktop } from '../../platform/bridge-context'
import { parseInWorker } from '../../platform/parse-in-worker'
import { MAX_CAPTION_BYTES } from '../../../shared/formats/read-caption-bytes'
import { captionExtensions, MEDIA_EXTENSIONS, PROJECT_EXTENSION } from '../../../shared/formats/file-kinds'
import { openFromPaths, parseProblemNotice, type Notice, type OpenDeps, type OpenOutcome } from './open-flow'

// What the file inputs offer comes from the one list of file kinds, so a new format is offered here too.
const MEDIA_ACCEPT = ['video/*', 'audio/*', ...MEDIA_EXTENSIONS.map((e) => `.${e}`)].join(',')
const captionsAccept = () => [...captionExtensions(), PROJECT_EXTENSION].map((e) => `.${e}`).join(',')

/** Props: the open flow's dependencies, how to run an opening, and whether one is running. */
export type InPageOpenProps = Readonly<{
  deps: OpenDeps
  run: (work: () => Promise<OpenOutcome>) => void
  busy: boolean
  media?: File
  captions?: File
  onFiles: (files: readonly File[], slot?: 'media' | 'captions') => void
}>

/** The file inputs and their Open button. */
export function InPageOpen({ deps, run, busy, media, captions, onFiles }: InPageOpenProps) {
  const { t } = useTranslation()
  const bridge = useBridge()
  const desktop = useIsDesktop()
  const open = () =>
    run(async () => {
      const title = (media ?? captions)?.name.replace(/\.[^.]+$/, '') ?? t('start.untitled')
      const paths = [media, captions].filter((f): f is File => !!f).map((f) => bridge.pathForFile(f))
      if (paths.length > 0 && paths.every(Boolean)) return openFromPaths(paths, deps)
      if (!captions)
        return {
          ok: true,
          session: { title, doc: makeDocument([]), glossary: [], ...(media ? { mediaFile: media } : {}) },
        }
      // Refused before it is read: a file this large cannot be captions, and reading it would stall the page.
      if (captions.size > MAX_CAPTION_BYTES)
        return {
          ok: false,
          notice: {
            key: 'start.problem',
            values: {
              file: captions.name,
              line: 1,
              message: t('start.tooLarge', {
                mb: Math.round(captions.size / 1048576),
                limit: MAX_CAPTION_BYTES / 1048576,
              }),
            },
          },
        }
      // Parsed in a worker: the page stays responsive whatever the file holds.
      const opened = await parseInWorker(await captions.arrayBuffer(), captions.name)
      if (!opened.ok) return { ok: false, notice: parseProblemNotice(captions.name, opened.fatal) }
      const doc =
        opened.original && (await deps.ask.cleanup(opened.original, opened.doc)) === 'original'
          ? opened.original
          : opened.doc
      const summary: Notice = {
        key: 'start.summary',
        values: {
          count: doc.cues.length,
          format: opened.format.name,
          formatId: opened.format.id,
          warnings: opened.warnings.length,
        },
      }
      return {
        ok: true,
        session: { title, doc, glossary: [], ...(media ? { mediaFile: media } : {}), notice: summary },
      }
    })
  return (
    <section className="panel" aria-labelledby="inpage-heading">
      <h2 id="inpage-heading">{desktop ? t('start.pickHeading') : t('start.inPageHeading')}</h2>
      {desktop ? null : <p>{t('start.inPageExplain')}</p>}
      <div className="field">
        <label htmlFor="media-file">{t('start.mediaLabel')}</label>
        <input
          id="media-file"
          type="file"
          accept={MEDIA_ACCEPT}
          onChange={(e) => onFiles([...(e.target.files ?? [])], 'media')}
        />
      </div>
      <div className="field">
        <label htmlFor="captions-file">{t('start.captionsLabel')}</label>
        <input
          id="captions-file"
          type="file"
          accept={captionsAccept()}
          onChange={(e) => onFiles([...(e.target.files ?? [])], 'captions')}
        />
      </div>
      <button
        type="button"
        className="primary"
        onClick={open}
        disabled={(!media && !captions) || busy}
        aria-busy={busy}
      >
        {busy ? t('start.reading') : t('start.open')}
      </button>
    </section>
  )
}
