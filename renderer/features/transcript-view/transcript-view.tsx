/**
 * The transcript view: the written transcript as the export writes it (the same builder), shown as a
 * document the editor can correct in place. Typing changes the captions underneath, with undo shared
 * with the caption view; a click or Enter plays from a word; the word being spoken is marked.
 */

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildTranscript, type TranscriptCache } from '../../../shared/transcript/builder'
import { useEditor } from '../../state/store-context'
import { useAnnounce } from '../announcer'
import { CHUNK_SIZE, TranscriptChunk, transcriptItems, type TranscriptItem } from './transcript-blocks'
import { usePlayFromWord } from './use-play-from-word'
import { useSpokenWord } from './use-spoken-word'
import { useTranscriptEditing } from './use-transcript-editing'
import './transcript-view.css'

/** Chunks drawn at once: the first screenfuls at once, the rest a few at a time, so F4 never waits for 10,000 captions. */
const CHUNKS_PER_STEP = 4

/** Props: the transcript's title (the export uses the project title too). */
export type TranscriptViewProps = Readonly<{ title: string }>

/** The editable transcript of the open captions. */
export function TranscriptView({ title }: TranscriptViewProps) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const doc = useEditor((s) => s.history.present)
  const [cache] = useState<TranscriptCache>(() => new Map())
  const transcript = useMemo(() => buildTranscript(doc, { title }, cache), [doc, title, cache])
  const rootRef = useRef<HTMLDivElement>(null)
  const [epoch, setEpoch] = useState(0)
  const onMessage = useCallback((key: string) => announce(t(key)), [announce, t])
  const onRemount = useCallback(() => setEpoch((e) => e + 1), [])
  const shown = useTranscriptEditing(rootRef, transcript, onMessage, onRemount)
  const { onKeyDown, onClick } = usePlayFromWord(shown)
  useSpokenWord(rootRef, transcript)

  const chunks = useMemo(() => {
    const items = transcriptItems(transcript.blocks)
    const out: { items: readonly TranscriptItem[]; first: number }[] = []
    for (let first = 0; first < items.length; first += CHUNK_SIZE)
      out.push({ items: items.slice(first, first + CHUNK_SIZE), first })
    return out
  }, [transcript])
  const [drawn, setDrawn] = useState(CHUNKS_PER_STEP)
  useEffect(() => {
    if (drawn >= chunks.length) return
    const timer = window.setTimeout(() => setDrawn((n) => n + CHUNKS_PER_STEP), 0)
    return () => window.clearTimeout(timer)
  }, [drawn, chunks.length])

  return (
    <section className="transcript-view" aria-labelledby="transcript-view-title">
      <div className="transcript-view__bar">
        <h2 id="transcript-view-title" className="transcript-view__title">
          {t('transcriptView.heading')}
        </h2>
        <p id="transcript-view-hint" className="transcript-view__hint">
          {t('transcriptView.hint')}
        </p>
      </div>
      <div
        ref={rootRef}
        className="transcript-view__page"
        role="textbox"
        aria-multiline="true"
        aria-labelledby="transcript-view-title"
        aria-describedby="transcript-view-hint"
        contentEditable
        suppressContentEditableWarning
        spellCheck
        lang={transcript.language}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <p className="transcript-view__document-title" contentEditable={false}>
          {transcript.title}
        </p>
        {transcript.blocks.length === 0 ? (
          <p className="transcript-view__empty" contentEditable={false}>
            {t('transcriptView.empty')}
          </p>
        ) : null}
        {chunks.slice(0, drawn).map((chunk, i) => (
          <TranscriptChunk key={`${epoch}:${i}`} items={chunk.items} first={chunk.first} />
        ))}
      </div>
    </section>
  )
}
