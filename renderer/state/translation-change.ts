/**
 * The editor's language-track actions as document changes, and how the master's wholesale changes
 * keep the tracks: a replaced document without tracks takes the old ones (carried by time), and
 * reworded captions mark their translations "needs checking".
 */

import type { CaptionDocument } from '../../shared/model/document'
import {
  addLanguage,
  removeLanguage,
  setDocumentLanguage,
  setTranslatedRole,
  setTranslation,
  setTranslationChecked,
} from '../../shared/model/translation'
import { carryTextEdit, carryTranslations, sameWording } from '../../shared/model/translation-carry'
import type { EditorAction } from './actions'

/** A document change from a language action: the new document, its undo label and coalescing key. */
export type TranslationChange = Readonly<{ doc: CaptionDocument; label: string; coalesceKey?: string }>

/** The change a language action makes to `doc`; undefined for other actions. */
export function translationChange(doc: CaptionDocument, action: EditorAction): TranslationChange | undefined {
  switch (action.type) {
    case 'documentLanguageSet':
      return { doc: setDocumentLanguage(doc, action.language), label: 'language-set' }
    case 'languageAdded': {
      const named = action.masterLanguage ? setDocumentLanguage(doc, action.masterLanguage) : doc
      return { doc: addLanguage(named, action.language), label: 'language-add' }
    }
    case 'languageRemoved':
      return { doc: removeLanguage(doc, action.language), label: 'language-remove' }
    case 'translationEdited':
      return {
        doc: setTranslation(doc, action.language, action.id, action.text),
        label: 'translation',
        coalesceKey: `translation:${action.language}:${action.id}`,
      }
    case 'translationChecked':
      return { doc: setTranslationChecked(doc, action.language, action.id, action.checked), label: 'translation-check' }
    case 'roleTranslated':
      return {
        doc: setTranslatedRole(doc, action.language, action.speakerId, action.role),
        label: 'role-translation',
        coalesceKey: `role:${action.language}:${action.speakerId}`,
      }
    default:
      return undefined
  }
}

/**
 * `after` (a replaced or restored document, a replace all) with the tracks of `before` kept: carried
 * by time when `after` has none, and each caption whose wording changed marked "needs checking".
 */
export function keepTracks(before: CaptionDocument, after: CaptionDocument): CaptionDocument {
  if (!before.translations?.length) return after
  if (!after.translations) return carryTranslations(before, after)
  const old = new Map<string, string>(before.cues.map((c) => [c.id, c.text]))
  let doc = after
  for (const cue of after.cues) {
    const was = old.get(cue.id)
    if (was !== undefined && !sameWording(was, cue.text)) doc = carryTextEdit(doc, cue.id)
  }
  return doc
}
