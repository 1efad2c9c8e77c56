/**
 * Export → Web page: the event's page (the same one `eglur publish` writes, from the same transcript
 * builder) saved as one file to keep beside the video, or linking to YouTube when its address is
 * given; and the transcript fragment alone copied for a blog post.
 */

import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionDocument } from '../../../shared/model/document'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderPage, renderTranscriptFragment, type PageVideo } from '../../../shared/transcript/render-page'
import { languageTracks, trackVtt } from '../../../shared/transcript/tracks'
import './web-page.css'

/** What the web page choices need from the exporter. */
export type WebPageExport = Readonly<{
  /** Saves the page (through the save dialog, or as a download in browser mode). */
  savePage: (youtubeUrl: string | undefined) => void
  /** Puts the blog fragment on the clipboard. */
  copyBlogHtml: (youtubeUrl: string | undefined) => void
  /** The video's file name, which the page plays from beside itself. */
  mediaName?: string
}>

/** The page's HTML and the blog fragment for a document. */
export function webPageHtml(
  doc: CaptionDocument,
  title: string,
  mediaName: string,
  youtubeUrl: string | undefined,
): { page: string; fragment: string } {
  const transcript = buildTranscript(doc, { title })
  const video: PageVideo = youtubeUrl ? { kind: 'youtube', url: youtubeUrl } : { kind: 'file', fileName: mediaName }
  const tracks = {
    captions: trackVtt(doc, 'captions'),
    descriptions: trackVtt(doc, 'descriptions'),
    chapters: trackVtt(doc, 'chapters'),
    languages: languageTracks(doc),
  }
  return { page: renderPage(transcript, { video, tracks }), fragment: renderTranscriptFragment(transcript, { video }) }
}

const isWebAddress = (text: string): boolean => /^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/i.test(text)

/** The Web page part of the Export dialog. */
export function WebPageChoices({ exporter }: { exporter: WebPageExport }) {
  const { t } = useTranslation()
  const id = useId()
  const [youtube, setYoutube] = useState('')
  const [problem, setProblem] = useState('')
  const run = (action: (url: string | undefined) => void) => {
    const url = youtube.trim()
    if (url && !isWebAddress(url)) return setProblem(t('export.youtubeInvalid'))
    setProblem('')
    action(url || undefined)
  }
  const video = exporter.mediaName ?? t('export.theVideo')
  return (
    <>
      <h3>{t('export.webHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-youtube`}>{t('export.youtube')}</label>
        <input
          id={`${id}-youtube`}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={youtube}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setYoutube(e.target.value)}
        />
        {problem ? (
          <p id={`${id}-problem`} className="field__error">
            {problem}
          </p>
        ) : null}
      </div>
      <ul className="export-dialog__list">
        <li>
          <button type="button" onClick={() => run(exporter.savePage)}>
            {t('export.webPage')}
          </button>{' '}
          <span className="export-dialog__hint">
            {youtube.trim() ? t('export.hints.webPageYouTube') : t('export.hints.webPage', { video })}
          </span>
        </li>
        <li>
          <button type="button" onClick={() => run(exporter.copyBlogHtml)}>
            {t('export.blog')}
          </button>{' '}
          <span className="export-dialog__hint">{t('export.hints.blog')}</span>
        </li>
      </ul>
    </>
  )
}
