/**
 * The caption editor's second text box: the current caption in the working language, marked with
 * that language (screen readers switch voice, spelling follows it). When the master changed under
 * the translation it says so, with a button to mark it checked. Typing is one undo step per caption.
 */

import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../shared/model/cue'
import { translationIndex, translationTrack } from '../../../shared/model/translation'
import { useDispatch, useEditor } from '../../state/store-context'
import { useStyleProfile } from '../../ui/style-profile-context'
import { CueMeters } from '../cue-editor/cue-meters'
import { workingLanguageOf } from '../../state/editor-state'
import { useAnnounce } from '../announcer'
import { directionOf, languageLabel } from './language-names'
import './languages.css'

/** The translation box for `cue`, or nothing without a working language. */
export function TranslationField({ cue, onTyping }: { cue: Cue; onTyping?: () => void }) {
  const { t } = useTranslation()
  const dispatch = useDispatch()
  const announce = useAnnounce()
  const language = useEditor(workingLanguageOf)
  const entry = useEditor((s) => {
    const track = language ? translationTrack(s.history.present, language) : undefined
    return track ? translationIndex(track).get(cue.id) : undefined
  })
  // Selectors run on every playhead tick: a translation of one caption (the usual case) scans nothing.
  const several = (entry?.sourceIds.length ?? 0) > 1
  const numbers = useEditor((s) =>
    several
      ? entry!.sourceIds.map((id) => s.history.present.cues.findIndex((c) => c.id === id) + 1).join(',')
      : undefined,
  )
  // A translation of several captions is shown for all of their time together.
  const durationMs = useEditor((s) => {
    const sources = several ? s.history.present.cues.filter((c) => entry!.sourceIds.includes(c.id)) : []
    return sources.length > 0
      ? Math.max(...sources.map((c) => c.endMs)) - Math.min(...sources.map((c) => c.startMs))
      : cue.endMs - cue.startMs
  })
  const profile = useStyleProfile()
  const [composing, setComposing] = useState(false)
  if (!language) return null
  const label = languageLabel(t, language)
  const span = numbers?.split(',') ?? []
  return (
    <div className="cue-editor__translation">
      <label htmlFor="cue-translation" className="cue-editor__translation-label">
        {label}
      </label>
      <textarea
        id="cue-translation"
        className="cue-editor__text"
        lang={language}
        dir={directionOf(language)}
        rows={Math.max(2, Math.min(6, (entry?.text ?? '').split('\n').length))}
        value={entry?.text ?? ''}
        spellCheck
        aria-describedby={`cue-translation-speed${entry?.needsCheck || span.length > 1 ? ' cue-translation-note' : ''}`}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={() => setComposing(false)}
        onChange={(e) => {
          onTyping?.()
          if (!composing) dispatch({ type: 'translationEdited', language, id: cue.id, text: e.target.value })
        }}
      />
      <CueMeters
        text={entry?.text ?? ''}
        durationMs={durationMs}
        kind={cue.kind ?? 'speech'}
        profile={profile}
        speedId="cue-translation-speed"
      />
      {entry?.needsCheck || span.length > 1 ? (
        <p id="cue-translation-note" className="cue-editor__translation-note">
          {span.length > 1 ? t('languages.spans', { first: span[0], last: span[span.length - 1] }) : null}{' '}
          {entry?.needsCheck ? t('languages.needsCheck') : null}
        </p>
      ) : null}
      {entry?.needsCheck ? (
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'translationChecked', language, id: cue.id, checked: true })
            announce(t('languages.checkedDone', { language: label }))
            document.getElementById('cue-translation')?.focus()
          }}
        >
          {t('languages.markChecked')}
        </button>
      ) : null}
    </div>
  )
}
