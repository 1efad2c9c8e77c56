/** The start screen: choose the event video and its captions (or drop them), or recover unsaved work. */

import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaptionDocument } from '../../../shared/model/document'
import { makeDocument } from '../../../shared/model/document'
import type { AutosaveRecord } from '../../platform/autosave'
import { parseInWorker } from '../../platform/parse-in-worker'

/** What the editor opens with. */
export type OpenRequest = Readonly<{ title: string; doc: CaptionDocument; media?: File; summary?: string }>

/** Props of the start screen. */
export type StartScreenProps = Readonly<{ recoverable?: AutosaveRecord; onOpen: (request: OpenRequest) => void; onDiscardRecovery: () => void }>

const CAPTION_EXT = /\.(vtt|srt|sbv|json|eglur)$/i
const MEDIA_TYPE = /^(video|audio)\//

/** The start screen. */
export function StartScreen({ recoverable, onOpen, onDiscardRecovery }: StartScreenProps) {
  const { t, i18n } = useTranslation()
  const [media, setMedia] = useState<File | undefined>()
  const [captions, setCaptions] = useState<File | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const take = (files: readonly File[]) => {
    for (const file of files) {
      if (CAPTION_EXT.test(file.name)) setCaptions(file)
      else if (MEDIA_TYPE.test(file.type) || /\.(mp4|m4v|webm|mov|mkv|mp3|m4a|wav|ogg)$/i.test(file.name)) setMedia(file)
    }
  }
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault()
    take([...event.dataTransfer.files])
  }
  const open = async () => {
    setProblem(undefined)
    const title = (media ?? captions)?.name.replace(/\.[^.]+$/, '') ?? t('start.untitled')
    if (!captions) return onOpen({ title, doc: makeDocument([]), media })
    setBusy(true)
    // Parsed in a worker: the page stays responsive whatever the file holds.
    const opened = await parseInWorker(await captions.arrayBuffer(), captions.name)
    setBusy(false)
    if (!opened.ok) return setProblem(t('start.problem', { file: captions.name, line: opened.problem.line, message: opened.problem.message }))
    const summary = t('start.summary', { count: opened.doc.cues.length, format: opened.formatName, warnings: opened.warnings.length })
    onOpen({ title, doc: opened.doc, media, summary })
  }

  return (
    <main className="start-screen" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <h1>{t('start.heading')}</h1>
      <p className="start-screen__intro">{t('start.intro')}</p>
      {recoverable ? (
        <section className="panel start-screen__recover" aria-labelledby="recover-heading">
          <h2 id="recover-heading">{t('start.recoverHeading')}</h2>
          <p>
            {t('start.recoverText', {
              title: recoverable.title,
              count: recoverable.cueCount,
              when: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(recoverable.savedAt),
            })}
          </p>
          <button type="button" className="primary" onClick={() => onOpen({ title: recoverable.title, doc: recoverable.doc })}>
            {t('start.recover')}
          </button>
          <button type="button" onClick={onDiscardRecovery}>{t('start.discard')}</button>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('start.openHeading')}</h2>
        <div className="field">
          <label htmlFor="media-file">{t('start.mediaLabel')}</label>
          <input id="media-file" type="file" accept="video/*,audio/*,.mp4,.webm,.mov,.mkv,.mp3,.m4a,.wav" onChange={(e) => take([...(e.target.files ?? [])])} />
        </div>
        <div className="field">
          <label htmlFor="captions-file">{t('start.captionsLabel')}</label>
          <input id="captions-file" type="file" accept=".vtt,.srt,.sbv,.json,.eglur" onChange={(e) => take([...(e.target.files ?? [])])} />
        </div>
        <p className="start-screen__drop">{t('start.drop')}</p>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="button" className="primary" onClick={() => void open()} disabled={(!media && !captions) || busy} aria-busy={busy}>
          {busy ? t('start.reading') : t('start.open')}
        </button>
      </section>
    </main>
  )
}
