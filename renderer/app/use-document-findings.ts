/**
 * The quality findings for the open document, kept out of the render path: the checks run a moment
 * after typing pauses (incrementally: only changed captions and their neighbours), and the editor
 * re-renders only when the findings themselves change — never once per keystroke. The first check of
 * an opened document (a fifth of a second for 10,000 captions) waits until the editor has been
 * painted, so the captions and the waveform show first and the problems follow.
 */

import { useEffect, useRef, useState } from 'react'
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
  /** False until the document has been checked once (the findings are then empty, not "no problems"). */
  checked: boolean
}>

/** The findings and their per-caption views. */
export function documentFindings(findings: readonly Finding[]): DocumentFindings {
  const problemKinds = new Map<string, Finding['rule']>()
  for (const f of findings) if (!problemKinds.has(f.cueId)) problemKinds.set(f.cueId, f.rule)
  return { findings, problemKinds, problemCueIds: new Set(problemKinds.keys()), checked: true }
}

const NOT_CHECKED: DocumentFindings = {
  findings: [],
  problemKinds: new Map(),
  problemCueIds: new Set(),
  checked: false,
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
 * What a check of the state looks at: its document (or one language of it, whose captions carry
 * their first source caption's id, so "go to" works), its profile and its glossary.
 */
function checkInput(state: EditorState, language: string | undefined) {
  const doc = state.history.present
  return {
    doc: language ? documentInLanguage(doc, language).doc : doc,
    profile: currentProfile(state),
    options: { glossary: state.history.settings.glossary },
  }
}

/** Captions checked per task in the first check of an opened document (a few milliseconds' work). */
const FIRST_CHECK_SLICE = 500

/** Resolves after the next frame has been painted (or after half a second in a hidden page, which paints no frames). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0)
    requestAnimationFrame(done)
    setTimeout(done, 500)
  })

/**
 * The findings, updated shortly after each edit of the captions, and at once when the glossary or
 * the profile changes (both live in the store); with `language`, for that language's captions.
 */
export function useDocumentFindings(store: EditorStore, language?: string): DocumentFindings {
  const [check] = useState(() => createIncrementalChecker())
  const [findings, setFindings] = useState<DocumentFindings>(NOT_CHECKED)
  // After the first check, choosing another language checks it at once (the old language's findings must not linger).
  const checkedOnce = useRef(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastDoc = store.getState().history.present
    let lastSettings = store.getState().history.settings
    let cancelled = false
    const run = () => {
      if (timer) clearTimeout(timer)
      timer = undefined
      const { doc, profile, options } = checkInput(store.getState(), language)
      const next = check(doc, profile, options)
      checkedOnce.current = true
      setFindings((previous) =>
        previous.checked && sameFindings(previous.findings, next) ? previous : documentFindings(next),
      )
    }
    // The first check waits for the editor to be painted and then runs a slice at a time, so the
    // waveform's peaks and the first keys are handled between slices rather than after all of them.
    const firstCheck = async () => {
      await afterPaint()
      const { doc, profile, options } = checkInput(store.getState(), language)
      for (let start = 0; start < doc.cues.length && !cancelled; start += FIRST_CHECK_SLICE) {
        check.warm(doc, profile, options, start, start + FIRST_CHECK_SLICE)
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
      if (!cancelled) run()
    }
    if (checkedOnce.current) run()
    else void firstCheck()
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
      cancelled = true
      unsubscribe()
      if (timer) clearTimeout(timer)
    }
  }, [store, check, language])
  return findings
}
