import { describe, expect, it } from 'vitest'
import { checkDocument, createIncrementalChecker } from '../../../shared/quality/checks'
import { applyFix } from '../../../shared/quality/fixes'
import { ACCESSIBLE_DEFAULT_PROFILE as P, asCueId, makeDocument, updateCue, type Cue } from '../../../shared/model'
import { makeCue } from '../../helpers/builders'

const at = (n: number, startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}) =>
  makeCue(n, text, { startMs, endMs, ...extra })
const heading = (n: number, ms: number, text = 'Part two: questions') => at(n, ms, ms, text, { kind: 'heading' })
const rules = (cues: Cue[]) => checkDocument(makeDocument(cues), P).map((f) => `${f.cueId} ${f.rule}`)

describe('a section heading is a marker between captions', () => {
  it('a heading inside a caption raises no overlap, on the heading or on the caption after it', () => {
    expect(
      rules([
        at(1, 0, 3000, 'We will take questions now.'),
        heading(2, 1500),
        at(3, 3000, 5000, 'Who would like to start?'),
      ]),
    ).toEqual([])
  })

  it('a heading is never too short, too fast or too long, and makes no small gap', () => {
    const long = at(2, 2000, 20_000, 'Questions from the floor')
    expect(
      rules([
        at(1, 0, 1990, 'Thank you all for coming.'),
        { ...long, kind: 'heading' },
        at(3, 2100, 4000, 'Shall we begin?'),
      ]),
    ).toEqual([])
    // The same cue as speech would be flagged: the heading is exempt because it is a heading.
    expect(rules([at(1, 0, 1990, 'Thank you all for coming.'), long])).toContain('c2 too-long')
    expect(rules([heading(1, 0, 'Questions and answers')])).toEqual([])
  })

  it('timing checks look past a heading to the caption before it', () => {
    expect(
      rules([
        at(1, 0, 3000, 'We will take questions now.'),
        heading(2, 2500),
        at(3, 2500, 5000, 'Who would like to start?'),
      ]),
    ).toEqual(['c3 overlap'])
    expect(
      rules([
        at(1, 0, 3000, 'We will take questions now.'),
        heading(2, 3010),
        at(3, 3030, 5000, 'Who would like to start?'),
      ]),
    ).toEqual(['c3 gap-too-small'])
  })

  it('text checks still apply to a heading', () => {
    expect(rules([heading(1, 0, '')])).toEqual(['c1 empty'])
    expect(rules([heading(1, 0, 'Questions <i>from</i> the floor')])).toEqual(['c1 leftover-tags'])
  })

  it('fixes trim the caption before a heading, never the heading itself', () => {
    const doc = makeDocument([
      at(1, 0, 3000, 'We will take questions now.'),
      heading(2, 2500),
      at(3, 2500, 5000, 'Who would like to start?'),
    ])
    const fixed = applyFix(doc, asCueId('c3'), 'trim-overlap', { profile: P })
    expect(fixed.cues.map((c) => [c.id, c.startMs, c.endMs])).toEqual([
      ['c1', 0, 2500],
      ['c2', 2500, 2500],
      ['c3', 2500, 5000],
    ])
  })

  it('merge never swallows a heading between two captions', () => {
    const doc = makeDocument([at(1, 0, 300, 'Hi.'), heading(2, 400), at(3, 500, 2000, 'Welcome to part two.')])
    expect(applyFix(doc, asCueId('c1'), 'merge-with-next', { profile: P })).toBe(doc)
  })

  it('the incremental checker agrees with a full check when a caption next to a heading changes', () => {
    const check = createIncrementalChecker()
    let doc = makeDocument([
      at(1, 0, 3000, 'We will take questions now.'),
      heading(2, 2800),
      at(3, 3100, 5000, 'Who would like to start?'),
    ])
    expect(check(doc, P)).toEqual([])
    doc = updateCue(doc, asCueId('c1'), { endMs: 3500 })
    expect(check(doc, P)).toEqual(checkDocument(doc, P))
    expect(check(doc, P).map((f) => `${f.cueId} ${f.rule}`)).toEqual(['c3 overlap'])
  })
})
