/**
 * Which language the video's captions are drawn in: the captions' own, or the working language
 * (one language as a caption document of its own, rebuilt only when the document changes).
 */

import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cue } from '../../../shared/model/cue'
import { cueIndexAt } from '../../../shared/model/document'
import { documentInLanguage } from '../../../shared/model/translation-document'
import { useEditor } from '../../state/store-context'
import { workingLanguageOf } from '../../state/editor-state'
import { languageLabel } from './language-names'
import './languages.css'

/** The text on screen at the playhead, and its language, in the language chosen for the video. */
export function useOverlayText(translated: boolean): { text: string; language?: string } {
  const language = useEditor((s) => (translated ? workingLanguageOf(s) : undefined))
  // The document is followed only while a translation is shown: otherwise the overlay re-renders
  // when the words at the playhead change, not on every keystroke elsewhere.
  const doc = useEditor((s) => (language ? s.history.present : undefined))
  const translatedCues = useMemo(
    () => (doc && language ? documentInLanguage(doc, language).doc.cues : undefined),
    [doc, language],
  )
  const text = useEditor((s) => textAt(translatedCues ?? s.history.present.cues, s.playback.timeMs))
  const tag = useEditor((s) => language ?? s.history.present.meta?.language)
  return { text, ...(tag ? { language: tag } : {}) }
}

function textAt(cues: readonly Cue[], timeMs: number): string {
  const i = cueIndexAt(cues, timeMs)
  const cue = i >= 0 ? cues[i] : undefined
  return cue && timeMs < cue.endMs ? cue.text : ''
}

/** The switch over the video: shown only while there is a working language. */
export function VideoLanguageSwitch({
  translated,
  onChange,
}: {
  translated: boolean
  onChange: (translated: boolean) => void
}) {
  const { t } = useTranslation()
  const working = useEditor(workingLanguageOf)
  if (!working) return null
  return (
    // A checkbox, not a toggle button: its state shows at a glance, and its words stay true in either state.
    <label className="video-language">
      <input type="checkbox" checked={translated} onChange={(e) => onChange(e.target.checked)} />{' '}
      {t('languages.video', { language: languageLabel(t, working) })}
    </label>
  )
}
