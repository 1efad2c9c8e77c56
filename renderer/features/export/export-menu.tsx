/**
 * Export: WebVTT, SRT, SBV captions, chapter and description tracks, and the Eglur project (JSON).
 * Every caption file and track passes the shared export check (shared/formats/export-check) before
 * it is offered, so a file that would not load in a player is never written.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { checkWritten, writeChecked, type ExportProblem } from '../../../shared/formats/export-check'
import { useStore } from '../../state/store-context'
import { ModalDialog } from '../../ui/modal-dialog'
import { saveExport } from '../../platform/save-file'
import { downloadBlob } from '../../platform/download'
import { usePlatformBridge } from '../../platform/bridge-context'
import { documentToJson } from '../../../shared/formats/json'
import type { SaveKind } from '../../../shared/ipc/contract'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderHtml } from '../../../shared/transcript/render-html'
import { renderMarkdown, renderPlainText } from '../../../shared/transcript/render-text'
import { trackVtt } from '../../../shared/transcript/tracks'
import { webPageHtml, WebPageChoices, type WebPageExport } from './web-page'
import { LanguageChoices, languageExports, type LanguageExport } from './language-exports'
import { languageName } from '../../../shared/transcript/language-names'
import { ExportChoice } from './export-choice'

const TRANSCRIPTS = [
  { id: 'html', ext: 'html', type: 'text/html', render: renderHtml },
  { id: 'md', ext: 'md', type: 'text/markdown', render: renderMarkdown },
  { id: 'txt', ext: 'txt', type: 'text/plain', render: renderPlainText },
] as const

/** Text tracks for a video player: chapters from headings, descriptions from description captions. */
const TRACKS = ['chapters', 'descriptions'] as const

const TARGETS = [
  { id: 'vtt', ext: 'vtt', type: 'text/vtt' },
  { id: 'srt', ext: 'srt', type: 'application/x-subrip' },
  { id: 'sbv', ext: 'sbv', type: 'text/plain' },
  { id: 'json', ext: 'eglur', type: 'application/json' },
] as const

/** What the export buttons (and the desktop menu) call; `message` says how the last export went. */
export type Exporter = WebPageExport &
  LanguageExport &
  Readonly<{
    exportCaptions: (formatId: (typeof TARGETS)[number]['id']) => void
    exportTranscript: (formatId: (typeof TRANSCRIPTS)[number]['id']) => void
    /** A chapter or description track (WebVTT). */
    exportTrack: (kind: (typeof TRACKS)[number]) => void
    /** A Word transcript: written by main in the desktop app, made here and downloaded in browser mode. */
    exportWord: () => void
    message: string
  }>

/**
 * Export actions for the open work; `nearPath` (the project or video) is where the save dialog
 * starts, `mediaName` the video's file name (the web page plays it from beside itself).
 */
export function useExporter(title: string, nearPath?: string, mediaName?: string): Exporter {
  const { t } = useTranslation()
  const store = useStore()
  const platform = usePlatformBridge()
  const [message, setMessage] = useState('')
  const save = async (kind: SaveKind, fileName: string, text: string, type: string) => {
    const outcome = await saveExport(platform, { kind, fileName, text, type, ...(nearPath ? { nearPath } : {}) })
    if (outcome.ok) setMessage(t('export.done', { file: outcome.where }))
    else if (outcome.code !== 'cancelled')
      setMessage(t('export.failed', { reason: t(`save.reasons.${outcome.code}`, { defaultValue: outcome.code }) }))
  }
  const doc = () => store.getState().history.present
  const refused = (problem: ExportProblem) =>
    setMessage(t('export.failed', { reason: t(`export.check.${problem.code}`, { ...problem.params }) }))
  const pageOf = (youtubeUrl: string | undefined) => webPageHtml(doc(), title, mediaName ?? `${title}.mp4`, youtubeUrl)
  return {
    message,
    ...(mediaName ? { mediaName } : {}),
    ...languageExports({
      doc,
      title,
      ...(nearPath ? { nearPath } : {}),
      platform,
      refused,
      save: (request) => saveExport(platform, { ...request, ...(nearPath ? { nearPath } : {}) }),
      report({ saved, failed, untranslated }) {
        const parts = saved.length > 0 ? [t('export.done', { file: saved.join(', ') })] : []
        if (failed) parts.push(t('export.failed', { reason: t(`save.reasons.${failed}`, { defaultValue: failed }) }))
        for (const u of untranslated)
          parts.push(t('export.languages.untranslated', { count: u.count, language: languageName(u.language) }))
        if (parts.length > 0) setMessage(parts.join(' '))
      },
    }),
    savePage(youtubeUrl) {
      void save('html', `${title}-page.html`, pageOf(youtubeUrl).page, 'text/html;charset=utf-8')
    },
    copyBlogHtml(youtubeUrl) {
      const { fragment } = pageOf(youtubeUrl)
      navigator.clipboard.writeText(fragment).then(
        () => setMessage(t('export.copied')),
        () => {
          // Without clipboard permission the fragment is saved as a file instead.
          setMessage(t('export.copyFailed'))
          void save('html', `${title}-blog.html`, fragment, 'text/html;charset=utf-8')
        },
      )
    },
    exportCaptions(formatId) {
      const target = TARGETS.find((x) => x.id === formatId)!
      const result = writeChecked(doc(), target.id)
      if (!result.ok) return refused(result.problem)
      void save(target.id === 'json' ? 'project' : target.id, `${title}.${target.ext}`, result.text, target.type)
    },
    exportTrack(kind) {
      const text = trackVtt(doc(), kind)
      const problem = checkWritten('vtt', text)
      if (problem) return refused(problem)
      void save('vtt', `${title}.${kind}.vtt`, text, 'text/vtt')
    },
    exportTranscript(formatId) {
      const target = TRANSCRIPTS.find((x) => x.id === formatId)!
      const text = target.render(buildTranscript(doc(), { title }))
      void save(target.id, `${title}-transcript.${target.ext}`, text, `${target.type};charset=utf-8`)
    },
    exportWord: () =>
      void (async () => {
        if (!platform.desktop) {
          // The Word writer is loaded only when asked for: it is the largest part of the export code.
          const { renderDocx } = await import('../../../shared/transcript/render-docx')
          const bytes = await renderDocx(buildTranscript(doc(), { title }))
          const fileName = `${title}-transcript.docx`
          downloadBlob(
            fileName,
            new Blob([bytes as Uint8Array<ArrayBuffer>], {
              type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            }),
          )
          return setMessage(t('export.done', { file: fileName }))
        }
        const { bridge } = platform
        const chosen = await bridge.chooseSavePath({ kind: 'docx' })
        if (!chosen.ok) return
        const written = await bridge.writeDocxTranscript({ path: chosen.path, doc: documentToJson(doc()), title })
        setMessage(
          written.ok
            ? t('export.done', { file: chosen.path })
            : t('export.failed', { reason: t(`save.reasons.${written.code}`, { defaultValue: written.code }) }),
        )
      })(),
  }
}

/** The Export button, and the dialog that says what each kind of file is for. */
export function ExportMenu({ exporter }: { exporter: Exporter }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="export-menu__open" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open ? (
        <ModalDialog title={t('export.heading')} onClose={() => setOpen(false)} className="export-dialog">
          <h3>{t('export.captionsHeading')}</h3>
          <ul className="export-dialog__list">
            {TARGETS.map((target) => (
              <ExportChoice
                key={target.id}
                label={t(`export.${target.id}`)}
                hint={t(`export.hints.${target.id}`)}
                onChoose={() => exporter.exportCaptions(target.id)}
              />
            ))}
            {TRACKS.map((kind) => (
              <ExportChoice
                key={kind}
                label={t(`export.${kind}`)}
                hint={t(`export.hints.${kind}`)}
                onChoose={() => exporter.exportTrack(kind)}
              />
            ))}
          </ul>
          <h3>{t('export.transcriptHeading')}</h3>
          <ul className="export-dialog__list">
            <ExportChoice
              label={t('export.transcript.docx')}
              hint={t('export.hints.docx')}
              onChoose={exporter.exportWord}
            />
            {TRANSCRIPTS.map((target) => (
              <ExportChoice
                key={target.id}
                label={t(`export.transcript.${target.id}`)}
                hint={t(`export.hints.${target.id}`)}
                onChoose={() => exporter.exportTranscript(target.id)}
              />
            ))}
          </ul>
          <LanguageChoices exporter={exporter} />
          <WebPageChoices exporter={exporter} />
          <p role="status" className="export-dialog__status">
            {exporter.message}
          </p>
        </ModalDialog>
      ) : null}
      {open ? null : (
        <span className="visually-hidden" role="status">
          {exporter.message}
        </span>
      )}
    </>
  )
}
