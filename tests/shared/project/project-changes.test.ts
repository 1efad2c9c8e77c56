import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addLanguage,
  asCueId,
  asSpeakerId,
  makeDocument,
  mergeWithNext,
  setTranslatedRole,
  setTranslation,
  splitCue,
  type Cue,
} from '../../../shared/model'
import { applyProjectChanges, diffProjects, projectChangesSchema } from '../../../shared/project/project-changes'
import { projectToJson, type Project } from '../../../shared/project/project-file'

const at = new Date(0)
const cue = (n: number, text = `caption ${n}`): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
})
const base: Project = {
  title: 'Talk',
  doc: makeDocument([cue(1), cue(2), cue(3), cue(4)], [{ id: asSpeakerId('s1'), name: 'Beth' }]),
  glossary: [],
}

/** One editing step as the editor's pure edits make it: only what it touches is a new object. */
type Step = {
  kind:
    | 'text'
    | 'remove'
    | 'insert'
    | 'speakers'
    | 'glossary'
    | 'title'
    | 'timing'
    | 'language'
    | 'translate'
    | 'split'
    | 'merge'
    | 'role'
  at: number
  text: string
}
function apply(p: Project, step: Step, fresh: () => number): Project {
  const cues = p.doc.cues
  const i = cues.length ? step.at % cues.length : 0
  switch (step.kind) {
    case 'text':
      return cues.length
        ? { ...p, doc: { ...p.doc, cues: cues.map((c, j) => (j === i ? { ...c, text: step.text } : c)) } }
        : p
    case 'timing':
      return cues.length
        ? { ...p, doc: { ...p.doc, cues: cues.map((c, j) => (j === i ? { ...c, endMs: c.endMs + 10 } : c)) } }
        : p
    case 'remove':
      return { ...p, doc: { ...p.doc, cues: cues.filter((_, j) => j !== i) } }
    case 'insert':
      // Ids unlike the `c<n>` a split hands out, so the two never collide.
      return {
        ...p,
        doc: {
          ...p.doc,
          cues: [...cues.slice(0, i), { ...cue(fresh(), step.text), id: asCueId(`x${fresh()}`) }, ...cues.slice(i)],
        },
      }
    case 'speakers':
      return {
        ...p,
        doc: { ...p.doc, speakers: [...p.doc.speakers, { id: asSpeakerId(`s${fresh()}`), name: step.text }] },
      }
    case 'glossary':
      return { ...p, glossary: [...p.glossary, { from: step.text, to: step.text.toUpperCase() }] }
    case 'title':
      return { ...p, title: step.text }
    case 'language':
      return { ...p, doc: addLanguage(p.doc, ['cy', 'fr', 'ga'][step.at % 3]!) }
    case 'translate': {
      const language = p.doc.translations?.[step.at % (p.doc.translations.length || 1)]?.language
      return language && cues.length ? { ...p, doc: setTranslation(p.doc, language, cues[i]!.id, step.text) } : p
    }
    case 'split':
      return cues.length ? { ...p, doc: splitCue(p.doc, cues[i]!.id, { textOffset: 3 }) } : p
    case 'merge':
      return cues.length ? { ...p, doc: mergeWithNext(p.doc, cues[i]!.id) } : p
    case 'role': {
      const language = p.doc.translations?.[0]?.language
      return language ? { ...p, doc: setTranslatedRole(p.doc, language, asSpeakerId('s1'), step.text) } : p
    }
  }
}

describe('changes between two states of a project', () => {
  it('applied to the JSON of the first, give exactly the JSON of the second, for any sequence of edits', () => {
    const stepArb = fc.record({
      kind: fc.constantFrom<Step['kind']>(
        'text',
        'remove',
        'insert',
        'speakers',
        'glossary',
        'title',
        'timing',
        'language',
        'translate',
        'translate',
        'split',
        'merge',
        'role',
      ),
      at: fc.nat(50),
      text: fc.string({ maxLength: 12 }),
    })
    fc.assert(
      fc.property(fc.array(fc.array(stepArb, { maxLength: 4 }), { maxLength: 6 }), (bursts) => {
        let next = 100
        let sent = base
        let json = projectToJson(base, at)
        for (const burst of bursts) {
          let now = sent
          for (const step of burst) now = apply(now, step, () => next++)
          const changes = diffProjects(sent, now)
          // Through the wire and its schema, as main receives them (a schema default once emptied the translations here).
          if (changes) json = applyProjectChanges(json, projectChangesSchema.parse(JSON.parse(JSON.stringify(changes))))
          else expect(projectToJson(now, at)).toEqual(projectToJson(sent, at))
          sent = now
        }
        expect(json).toEqual(projectToJson(sent, at))
      }),
      { numRuns: 400 },
    )
  })

  it('sends only the translation that changed when one translation is typed', () => {
    const welsh: Project = {
      ...base,
      doc: setTranslation(addLanguage(base.doc, 'cy'), 'cy', asCueId('c1'), 'capsiwn un'),
    }
    const typed: Project = { ...welsh, doc: setTranslation(welsh.doc, 'cy', asCueId('c3'), 'capsiwn tri') }
    expect(diffProjects(welsh, typed)).toEqual({
      trackChanges: [{ language: 'cy', cues: [{ sources: ['c3'], text: 'capsiwn tri' }], order: ['c1', 'c3'] }],
    })
  })

  it('sends only the caption that changed when one caption is retyped', () => {
    const after: Project = {
      ...base,
      doc: { ...base.doc, cues: base.doc.cues.map((c, i) => (i === 2 ? { ...c, text: 'corrected' } : c)) },
    }
    expect(diffProjects(base, after)).toEqual({ cues: [{ id: 'c3', start: 3000, end: 3900, text: 'corrected' }] })
    expect(diffProjects(base, base)).toBeUndefined()
  })

  it('keeps every caption when a damaged record names ids that do not exist', () => {
    const json = projectToJson(base, at)
    const result = applyProjectChanges(json, { order: ['c4', 'missing', 'c1'] })
    expect(result.document.cues.map((c) => c.id)).toEqual(['c4', 'c1', 'c2', 'c3'])
  })
})
