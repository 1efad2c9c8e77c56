/**
 * Export: WebVTT, SRT, SBV captions and the Eglur project (JSON). WebVTT is checked by parsing it back
 * before it is offered, so a file that would not load in a player is never written.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatById } from '../../../shared/formats/index'
import type { CaptionDocument } from '../../../shared/model/document'
import { useStore } from '../../app/store-context'
import { saveExport } from '../../platform/save-file'
import type { SaveKind } from '../../../shared/ipc/contract'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderHtml } from '../../../shared/transcript/render-html'
import { renderMarkdown, renderPlainText } from '../../../shared/transcript/render-text'

const TRANSCRIPTS = [
  { id: 'html', ext: 'html', type: 'text/html', render: renderHtml },
  { id: 'md', ext: 'md', type: 'text/markdown', render: renderMarkdown },
  { id: 'txt', ext: 'txt', type: 'text/plain', render: renderPlainText },
] as const

const TARGETS = [
  { id: 'vtt', ext: 'vtt', type: 'text/vtt' },
  { id: 'srt', ext: 'srt', type: 'application/x-subrip' },
  { id: 'sbv', ext: 'sbv', type: 'text/plain' },
  { id: 'json', ext: 'eglur', type: 'application/json' },
] as const

/** Serialises and checks a document for export; returns the text or the reason it failed. */
export function exportText(doc: CaptionDocument, formatId: string): { ok: true; text: string } | { ok: false; message: string } {
  const format = formatById(formatId)
  if (!format?.serialize) return { ok: false, message: `Unknown format ${formatId}` }
  const text = format.serialize(doc)
  const back = format.parse(text)
  if (back.fatal || back.doc.cues.length !== doc.cues.length) {
    return { ok: false, message: back.fatal?.message ?? 'The written file does not read back with the same number of captions.' }
  }
  return { ok: true, text }
}

/** The export buttons; `nearPath` (the project or video) is where the save dialog starts. */
export function ExportMenu({ title, nearPath }: { title: string; nearPath?: string }) {
  const { t } = useTranslation()
  const store = useStore()
  const [message, setMessage] = useState('')
  const save = async (kind: SaveKind, fileName: string, text: string, type: string) => {
    const outcome = await saveExport({ kind, fileName, text, type, ...(nearPath ? { nearPath } : {}) })
    if (outcome.ok) setMessage(t('export.done', { file: outcome.where }))
    else if (outcome.code !== 'cancelled') setMessage(t('export.failed', { reason: t(`save.reasons.${outcome.code}`, { defaultValue: outcome.code }) }))
  }
  const run = (target: (typeof TARGETS)[number]) => {
    const result = exportText(store.getState().history.present, target.id)
    if (!result.ok) return setMessage(t('export.failed', { reason: result.message }))
    void save(target.id === 'json' ? 'project' : target.id, `${title}.${target.ext}`, result.text, target.type)
  }
  return (
    <span className="export-menu" role="group" aria-label={t('export.group')}>
      {TARGETS.map((target) => (
        <button key={target.id} type="button" onClick={() => run(target)}>
          {t(`export.${target.id}`)}
        </button>
      ))}
      {TRANSCRIPTS.map((target) => (
        <button
          key={target.id}
          type="button"
          onClick={() => {
            const text = target.render(buildTranscript(store.getState().history.present, { title }))
            void save(target.id, `${title}-transcript.${target.ext}`, text, `${target.type};charset=utf-8`)
          }}
        >
          {t(`export.transcript.${target.id}`)}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </span>
  )
}
