/** The editor for the current cue: its text, times, speaker and kind, with the common corrections as buttons. */

import { forwardRef, useEffect, useRef, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { CUE_KINDS, type CueKind } from '../../../shared/model/cue'
import type { CueId, SpeakerId } from '../../../shared/model/ids'
import { useDispatch, useEditor } from '../../app/store-context'
import { TimeField } from './time-field'
import { SpeakerPicker } from './speaker-picker'
import { SpeakerQuickAssign } from '../speakers/speaker-quick-assign'

/** Props: the parent gets the textarea to move focus there (F6, Enter in the list). */
export type CueEditorProps = Readonly<{ onSplitRequest?: () => void }>

/** The current cue's editor panel. */
export const CueEditor = forwardRef(function CueEditor(_props: CueEditorProps, textRef: Ref<HTMLTextAreaElement>) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const cue = useEditor((s) => s.history.present.cues.find((c) => c.id === s.currentCueId))
  const index = useEditor((s) => s.history.present.cues.findIndex((c) => c.id === s.currentCueId))
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

  return (
    <section className="cue-editor" aria-labelledby="cue-editor-heading">
      <h2 id="cue-editor-heading">{t('cueEditor.headingNumber', { number: index + 1 })}</h2>
      <label htmlFor="cue-text" className="visually-hidden">
        {t('cueEditor.text')}
      </label>
      <textarea
        id="cue-text"
        ref={textRef}
        className="cue-editor__text"
        rows={3}
        lang={undefined}
        value={cue.text}
        spellCheck
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={() => setComposing(false)}
        onChange={(e) => {
          markTyping()
          if (!composing) dispatch({ type: 'cueTextEdited', id: cue.id, text: e.target.value })
        }}
        onBlur={() => dispatch({ type: 'typingChanged', typing: false })}
      />
      <div className="cue-editor__row">
        <TimeField
          label={t('cueEditor.start')}
          valueMs={cue.startMs}
          invalidMessage={t('cueEditor.invalidTime')}
          onCommit={(ms) => dispatch({ type: 'cueTimingChanged', patches: [{ id: cue.id, startMs: ms, endMs: Math.max(ms, cue.endMs) }] })}
        />
        <TimeField
          label={t('cueEditor.end')}
          valueMs={cue.endMs}
          invalidMessage={t('cueEditor.invalidTime')}
          onCommit={(ms) => dispatch({ type: 'cueTimingChanged', patches: [{ id: cue.id, startMs: Math.min(ms, cue.startMs), endMs: ms }] })}
        />
        <button type="button" onClick={() => dispatch({ type: 'cueEdgeSetToPlayhead', id: cue.id, edge: 'start' })}>
          {t('cueEditor.setStart')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'cueEdgeSetToPlayhead', id: cue.id, edge: 'end' })}>
          {t('cueEditor.setEnd')}
        </button>
      </div>
      <div className="cue-editor__row" role="group" aria-label={t('cueEditor.nudgeGroup')}>
        <button type="button" onClick={() => dispatch({ type: 'cueNudged', id: cue.id, edge: 'both', deltaMs: -100 })}>
          {t('cueEditor.earlier')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'cueNudged', id: cue.id, edge: 'both', deltaMs: 100 })}>
          {t('cueEditor.later')}
        </button>
      </div>
      <div className="cue-editor__row">
        <SpeakerPicker
          value={cue.speakerId}
          onChange={(speakerId: SpeakerId | undefined) => dispatch({ type: 'speakerAssigned', ids: [cue.id], speakerId })}
          onAdd={(name) => dispatch({ type: 'speakerAdded', name, assignTo: [cue.id] })}
        />
        <SpeakerQuickAssign cueId={cue.id} />
        <span className="field">
          <label htmlFor="cue-kind">{t('cueEditor.kind')}</label>
          <select id="cue-kind" value={cue.kind ?? 'speech'} onChange={(e) => dispatch({ type: 'cueKindSet', ids: [cue.id], kind: e.target.value as CueKind })}>
            {CUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cueKind.${kind}`)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <CueActions cueId={cue.id} />
    </section>
  )
})

function CueActions({ cueId }: { cueId: CueId }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const cue = useEditor((s) => s.history.present.cues.find((c) => c.id === cueId))
  if (!cue) return null
  const split = () => {
    const box = document.getElementById('cue-text') as HTMLTextAreaElement | null
    dispatch({ type: 'cueSplit', id: cue.id, textOffset: box?.selectionStart ?? Math.floor(cue.text.length / 2) })
  }
  return (
    <div className="cue-editor__row" role="group" aria-label={t('cueEditor.actions')}>
      <button type="button" onClick={split}>{t('cueEditor.split')}</button>
      <button type="button" onClick={() => dispatch({ type: 'cueMerged', id: cue.id, with: 'previous' })}>{t('cueEditor.mergePrevious')}</button>
      <button type="button" onClick={() => dispatch({ type: 'cueMerged', id: cue.id, with: 'next' })}>{t('cueEditor.mergeNext')}</button>
      <button type="button" onClick={() => dispatch({ type: 'cueInserted', startMs: cue.endMs, endMs: cue.endMs + 1500 })}>{t('cueEditor.insertAfter')}</button>
      <button type="button" className="danger" onClick={() => dispatch({ type: 'cuesDeleted', ids: [cue.id] })}>{t('cueEditor.delete')}</button>
    </div>
  )
}
