/**
 * The quality findings for the open document, kept out of the render path: the checks run a moment
 * after typing pauses (incrementally: only changed captions and their neighbours), and the editor
 * re-renders only when the findings themselves change — never once per keystroke.
 */

import { useEffect, useState } from 'react'
import type { StyleProfile } from '../../shared/model/style-profile'
import { createIncrementalChecker } from '../../shared/quality/checks'
import type { Finding } from '../../shared/quality/finding'
import type { GlossaryEntry } from '../../shared/quality/glossary'
import type { EditorStore } from '../state/store'
import type { CaptionDocument } from '../../shared/model/document'
import { documentInLanguage } from '../../shared/model/translation-document'

/** How long after the last edit the checks run. */
export const CHECK_DELAY_MS = 150

/** True when two finding lists say the same (unchanged captions keep their finding objects). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x !== y && (x.rule !== y.rule || x.cueId !== y.cueId || JSON.stringify(x.params) !== JSON.stringify(y.params))) return false
  }
  return true
}

/** The document the checks read: the master, or one language of it (whose captions carry their first source caption's id, so "go to" works). */
const inLanguage = (doc: CaptionDocument, language: string | undefined): CaptionDocument => (language ? documentInLanguage(doc, language).doc : doc)

/** The findings, updated shortly after each edit; with `language`, for that language's captions. */
export function useDocumentFindings(store: EditorStore, profile: StyleProfile, glossary: readonly GlossaryEntry[], language?: string): readonly Finding[] {
  const [check] = useState(() => createIncrementalChecker())
  const [findings, setFindings] = useState<readonly Finding[]>(() => check(inLanguage(store.getState().history.present, language), profile, { glossary }))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastDoc = store.getState().history.present
    const run = () => {
      timer = undefined
      const next = check(inLanguage(store.getState().history.present, language), profile, { glossary })
      setFindings((previous) => (sameFindings(previous, next) ? previous : next))
    }
    run()
    const unsubscribe = store.subscribe(() => {
      const doc = store.getState().history.present
      if (doc === lastDoc) return
      lastDoc = doc
      if (timer) clearTimeout(timer)
      timer = setTimeout(run, CHECK_DELAY_MS)
    })
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [store, check, profile, glossary, language])
  return findings
}
