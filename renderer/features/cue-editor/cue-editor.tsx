/**
 * The editor for the current caption. The text is the main element, with a live meter per line and
 * the reading speed beside it; times, speaker and kind sit in one row; the actions are two compact
 * labelled toolbars (timing; split and merge) that show their shortcuts.
 */

import { forwardRef, memo, useEffect, useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { CUE_KINDS, type CueKind } from '../../../shared/model/cue'
import type { CueId, SpeakerId } from '../../../shared/model/ids'
import { useDispatch, useEditor } from '../../state/store-context'
import { useStyleProfile } from '../../ui/style-profile-context'
import { TimeField } from './time-field'
import { SpeakerPicker } from './speaker-picker'
import { SpeakerQuickAssign } from '../speakers/speaker-quick-assign'
import { CueMeters } from './cue-meters'
import { StructureToolbar, TimingToolbar } from './cue-toolbars'
import { useInsertNotice } from './use-insert-after'
import { cueById, cueIndexOf } from './cue-index'
import { TranslationField } from '../languages/translation-field'
import './cue-editor.css'

/** Props: the parent gets the textarea to move focus there (F6, Enter in the list). */
export type CueEditorProps = Readonly<{ onSplitRequest?: () => void }>

/** The current cue's editor panel. */
export const CueEditor = forwardRef(function CueEditor(_props: CueEditorProps, textRef: Ref<HTMLTextAreaElement>) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const profile = useStyleProfile()
  const cue = useEditor((s) => cueById(s.history.present.cues, s.currentCueId))
  const index = useEditor((s) => cueIndexOf(s.history.present.cues, s.currentCueId))
  const notice = useInsertNotice(cue?.id)
  const ownLanguage = useEditor((s) => s.history.present.meta?.language)
  const typingTimer = useRef<number | undefined>(undefined)
  const [composing, setComposing] = useState(false)

  useEffect(() => () => window.clearTimeout(typingTimer.current), [])

  if (!cue) {
    return (
      <section className="cue-editor" aria-labelledby="cue-editor-heading">
        <h2 id="cue-editor-heading">{t('cueEditor.heading')}</h2>
        <p>{t('cueEditor.none')}</p>
      </section>
    )
  }

  const markTyping = () => {
    dispatch({ type: 'typingChanged', typing: true })
    window.clearTimeout(typingTimer.current)
    typingTimer.current = window.setTimeout(() => dispatch({ type: 'typingChanged', typing: false }), 1500)
  }
  const kind = cue.kind ?? 'speech'
  const lines = cue.text.split('\n').length

  return (
    <section className={`cue-editor cue-editor--${kind}`} aria-labelledby="cue-editor-heading">
      <CueHead id={cue.id} startMs={cue.startMs} endMs={cue.endMs} number={index + 1} />
      <div className="cue-editor__body">
        <label htmlFor="cue-text" className="visually-hidden">
          {t('cueEditor.text')}
        </label>
        <textarea
          id="cue-text"
          ref={textRef}
          className="cue-editor__text"
          rows={Math.max(2, Math.min(6, lines))}
          value={cue.text}
          spellCheck
          lang={ownLanguage}
          aria-describedby="cue-meters-speed"
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={() => setComposing(false)}
          onChange={(e) => {
            markTyping()
            if (!composing) dispatch({ type: 'cueTextEdited', id: cue.id, text: e.target.value })
          }}
          onBlur={() => dispatch({ type: 'typingChanged', typing: false })}
        />
        <CueMeters text={cue.text} durationMs={cue.endMs - cue.startMs} kind={kind} profile={profile} />
        <TranslationField cue={cue} onTyping={markTyping} />
      </div>
      {notice ? <p className="cue-editor__notice">{notice}</p> : null}
      <div className="cue-editor__tools">
        <TimingToolbar cueId={cue.id} />
        <StructureToolbar cueId={cue.id} />
      </div>
      <CueWho id={cue.id} speakerId={cue.speakerId} kind={kind} />
    </section>
  )
})

/** The caption's number and times in one row (given only what it shows, so typing never re-renders it). */
const CueHead = memo(function CueHead({
  id,
  startMs,
  endMs,
  number,
}: {
  id: CueId
  startMs: number
  endMs: number
  number: number
}) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  return (
    <div className="cue-editor__head">
      <h2 id="cue-editor-heading">{t('cueEditor.headingNumber', { number })}</h2>
      <TimeField
        label={t('cueEditor.start')}
        valueMs={startMs}
        invalidMessage={t('cueEditor.invalidTime')}
        onCommit={(ms) =>
          dispatch({ type: 'cueTimingChanged', patches: [{ id, startMs: ms, endMs: Math.max(ms, endMs) }] })
        }
      />
      <TimeField
        label={t('cueEditor.end')}
        valueMs={endMs}
        invalidMessage={t('cueEditor.invalidTime')}
        onCommit={(ms) =>
          dispatch({ type: 'cueTimingChanged', patches: [{ id, startMs: Math.min(ms, startMs), endMs: ms }] })
        }
      />
    </div>
  )
})

/** Who speaks and what kind of caption it is, under the actions (set once per caption; Alt+1…9 also assign speakers). */
const CueWho = memo(function CueWho({
  id,
  speakerId,
  kind,
}: {
  id: CueId
  speakerId: SpeakerId | undefined
  kind: CueKind
}) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  return (
    <div className="cue-editor__head cue-editor__who">
      <SpeakerPicker
        value={speakerId}
        onChange={(chosen: SpeakerId | undefined) =>
          dispatch({ type: 'speakerAssigned', ids: [id], speakerId: chosen })
        }
        onAdd={(name) => dispatch({ type: 'speakerAdded', name, assignTo: [id] })}
      />
      <SpeakerQuickAssign cueId={id} />
      <span className="field">
        <label htmlFor="cue-kind">{t('cueEditor.kind')}</label>
        <select
          id="cue-kind"
          value={kind}
          onChange={(e) => dispatch({ type: 'cueKindSet', ids: [id], kind: e.target.value as CueKind })}
        >
          {CUE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`cueKind.${k}`)}
            </option>
          ))}
        </select>
      </span>
    </div>
  )
})
