/**
 * The quality findings for the open document, kept out of the render path: the checks run a moment
 * after typing pauses (incrementally: only changed captions and their neighbours), and the editor
 * re-renders only when the findings themselves change — never once per keystroke.
 */

import { useEffect, useState } from 'react'
import { createIncrementalChecker } from '../../shared/quality/checks'
import type { Finding } from '../../shared/quality/finding'
import type { EditorStore } from '../state/store'
import { currentProfile, type EditorState } from '../state/editor-state'
import { documentInLanguage } from '../../shared/model/translation-document'

/** How long after the last edit the checks run. */
export const CHECK_DELAY_MS = 150

/** The findings with what the list and the waveform need from them, worked out once per change of findings. */
export type DocumentFindings = Readonly<{
  findings: readonly Finding[]
  /** Each caption's first problem (findings come in rule order per caption). */
  problemKinds: ReadonlyMap<string, Finding['rule']>
  /** The captions with a problem. */
  problemCueIds: ReadonlySet<string>
}>

/** The findings and their per-caption views. */
export function documentFindings(findings: readonly Finding[]): DocumentFindings {
  const problemKinds = new Map<string, Finding['rule']>()
  for (const f of findings) if (!problemKinds.has(f.cueId)) problemKinds.set(f.cueId, f.rule)
  return { findings, problemKinds, problemCueIds: new Set(problemKinds.keys()) }
}

/** True when two finding lists say the same (unchanged captions keep their finding objects). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x !== y && (x.rule !== y.rule || x.cueId !== y.cueId || JSON.stringify(x.params) !== JSON.stringify(y.params)))
      return false
  }
  return true
}

/**
 * Checks the state's document (or one language of it, whose captions carry their first source
 * caption's id, so "go to" works) against the state's profile and glossary.
 */
function checkState(
  check: ReturnType<typeof createIncrementalChecker>,
  state: EditorState,
  language: string | undefined,
): readonly Finding[] {
  const doc = state.history.present
  return check(language ? documentInLanguage(doc, language).doc : doc, currentProfile(state), {
    glossary: state.history.settings.glossary,
  })
}

/**
 * The findings, updated shortly after each edit of the captions, and at once when the glossary or
 * the profile changes (both live in the store); with `language`, for that language's captions.
 */
export function useDocumentFindings(store: EditorStore, language?: string): DocumentFindings {
  const [check] = useState(() => createIncrementalChecker())
  const [findings, setFindings] = useState<DocumentFindings>(() =>
    documentFindings(checkState(check, store.getState(), language)),
  )
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastDoc = store.getState().history.present
    let lastSettings = store.getState().history.settings
    const run = () => {
      if (timer) clearTimeout(timer)
      timer = undefined
      const next = checkState(check, store.getState(), language)
      setFindings((previous) => (sameFindings(previous.findings, next) ? previous : documentFindings(next)))
    }
    run()
    const unsubscribe = store.subscribe(() => {
      const { present: doc, settings } = store.getState().history
      if (settings !== lastSettings) {
        lastSettings = settings
        lastDoc = doc
        run()
        return
      }
      if (doc === lastDoc) return
      lastDoc = doc
      if (timer) clearTimeout(timer)
      timer = setTimeout(run, CHECK_DELAY_MS)
    })
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [store, check, language])
  return findings
}
