import { describe, expect, it } from 'vitest'
import { compareProjects, EXAMPLE_LENGTH, MAX_EXAMPLES } from '../../../shared/project/compare'
import type { Project } from '../../../shared/project/project-file'
import { asSpeakerId } from '../../../shared/model'
import { makeCue, makeDoc, makeSpeaker } from '../../helpers/builders'

const project = (doc: Project['doc'], extra: Partial<Project> = {}): Project => ({ doc, glossary: [], ...extra })

describe('compareProjects', () => {
  it('finds nothing between a project and itself', () => {
    const p = project(makeDoc([makeCue(1, 'Hello'), makeCue(2, 'there')], [makeSpeaker(1, 'Ann')]), {
      title: 'Talk',
      glossary: [{ from: 'a', to: 'b' }],
    })
    const d = compareProjects(p, p)
    expect(d.same).toBe(true)
    expect(d.captions).toMatchObject({ before: 2, after: 2, added: 0, removed: 0, textChanged: 0, timingChanged: 0 })
  })

  it('counts captions added, removed, reworded and retimed, with examples', () => {
    const before = project(makeDoc([makeCue(1, 'teh first'), makeCue(2, 'gone'), makeCue(3, 'same')]))
    const after = project(
      makeDoc([makeCue(1, 'the first'), makeCue(3, 'same', { startMs: 2500 }), makeCue(4, 'new one')]),
    )
    const d = compareProjects(before, after)
    expect(d.same).toBe(false)
    expect(d.captions).toMatchObject({
      added: 1,
      removed: 1,
      textChanged: 1,
      timingChanged: 1,
      addedExamples: ['new one'],
      removedExamples: ['gone'],
      textExamples: [{ before: 'teh first', after: 'the first' }],
    })
  })

  it('keeps only a few examples, cut around the change', () => {
    const long = `${'word '.repeat(40)}teh end`
    const before = project(makeDoc(Array.from({ length: 10 }, (_, i) => makeCue(i, i === 0 ? long : `line ${i}`))))
    const after = project(
      makeDoc(
        Array.from({ length: 10 }, (_, i) => makeCue(i, i === 0 ? long.replace('teh', 'the') : `line ${i} fixed`)),
      ),
    )
    const d = compareProjects(before, after)
    expect(d.captions.textChanged).toBe(10)
    expect(d.captions.textExamples).toHaveLength(MAX_EXAMPLES)
    const first = d.captions.textExamples[0]!
    expect(first.before).toContain('teh end')
    expect(first.after).toContain('the end')
    expect(first.before.length).toBeLessThanOrEqual(EXAMPLE_LENGTH + 2)
    expect(first.before.startsWith('…')).toBe(true)
  })

  it('names speakers added, removed and renamed, and counts speaker changes of captions', () => {
    const before = project(
      makeDoc([makeCue(1, 'a', { speakerId: asSpeakerId('s1') })], [makeSpeaker(1, 'Ann'), makeSpeaker(2, 'Bob')]),
    )
    const after = project(
      makeDoc(
        [makeCue(1, 'a', { speakerId: asSpeakerId('s3') })],
        [makeSpeaker(1, 'Ann Jones'), makeSpeaker(3, 'Cerys')],
      ),
    )
    const d = compareProjects(before, after)
    expect(d.speakers).toEqual({ added: ['Cerys'], removed: ['Bob'], renamed: [{ before: 'Ann', after: 'Ann Jones' }] })
    expect(d.captions.speakerChanged).toBe(1)
  })

  it('counts descriptions and headings that changed kind or words', () => {
    const before = project(
      makeDoc([
        makeCue(1, 'Welcome'),
        makeCue(2, '[Applause]', { kind: 'description' }),
        makeCue(3, 'Intro', { kind: 'heading' }),
      ]),
    )
    const after = project(
      makeDoc([
        makeCue(1, 'Welcome', { kind: 'heading' }),
        makeCue(2, '[Loud applause]', { kind: 'description' }),
        makeCue(3, 'Intro', { kind: 'heading' }),
      ]),
    )
    const d = compareProjects(before, after)
    expect(d.captions).toMatchObject({ descriptionsChanged: 1, headingsChanged: 1, textChanged: 1 })
  })

  it('counts glossary entries added, removed and changed, and a new title', () => {
    const before = project(makeDoc([]), {
      title: 'Old',
      glossary: [
        { from: 'Eglur', to: 'EGLUR' },
        { from: 'co op', to: 'co-op' },
      ],
    })
    const after = project(makeDoc([]), {
      title: 'New',
      glossary: [
        { from: 'eglur', to: 'Eglur' },
        { from: 'Cymru', to: 'Wales' },
      ],
    })
    const d = compareProjects(before, after)
    expect(d.glossary).toEqual({ added: 1, removed: 1, changed: 1 })
    expect(d.title).toEqual({ before: 'Old', after: 'New' })
    expect(d.same).toBe(false)
  })
})
