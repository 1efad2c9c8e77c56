import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { checkDocument, createIncrementalChecker } from '../../../shared/quality/checks'
import { BUILT_IN_PROFILES } from '../../../shared/quality/profiles'
import { applyFix, fixAll, SAFE_FIXES } from '../../../shared/quality/fixes'
import { describeFinding, MESSAGE_KEYS } from '../../../shared/quality/messages'
import type { FixId, RuleId } from '../../../shared/quality/finding'
import { RULES } from '../../../shared/quality/rules'
import {
  ACCESSIBLE_DEFAULT_PROFILE as P,
  asCueId,
  makeDocument,
  updateCue,
  type CaptionDocument,
  type Cue,
} from '../../../shared/model'
import { makeCue } from '../../helpers/builders'
import { arbitraryDocument } from '../../helpers/arbitraries'

const at = (n: number, startMs: number, endMs: number, text: string, extra: Partial<Cue> = {}) =>
  makeCue(n, text, { startMs, endMs, ...extra })
const rulesOf = (doc: CaptionDocument, glossary = [] as { from: string; to: string }[]) =>
  checkDocument(doc, P, { glossary }).map((f) => f.rule)
const only = (doc: CaptionDocument, rule: RuleId) => checkDocument(doc, P, { rules: [rule] })
const fix = (doc: CaptionDocument, id: string, f: FixId, glossary = [] as { from: string; to: string }[]) =>
  applyFix(doc, asCueId(id), f, { profile: P, glossary })

describe('quality checks, one small case per rule', () => {
  it('a clean caption has no findings', () => {
    expect(rulesOf(makeDocument([at(1, 0, 2000, 'Welcome to the event.')]))).toEqual([])
  })

  it('too long lines and too many lines, with reflow offered when it fits', () => {
    const long = makeDocument([at(1, 0, 6000, 'When we talk about co-production we mean three different things')])
    expect(only(long, 'line-too-long')[0]).toMatchObject({ fixes: ['reflow'], params: { longest: 63, max: 42 } })
    const doc = fix(long, 'c1', 'reflow')
    expect(doc.cues[0]!.text).toBe('When we talk about co-production\nwe mean three different things')
    expect(rulesOf(doc)).toEqual([])
    expect(only(makeDocument([at(1, 0, 6000, 'a\nb\nc')]), 'too-many-lines')[0]!.fixes).toEqual(['reflow', 'split'])
  })

  it('too fast to read, fixed by extending into the free gap', () => {
    const doc = makeDocument([
      at(1, 0, 1000, 'This sentence has far too many characters for one second'),
      at(2, 8000, 9000, 'Next.'),
    ])
    const [found] = only(doc, 'too-fast')
    expect(found).toMatchObject({ params: { max: 20 }, fixes: ['extend-into-gap'] })
    expect(describeFinding(found!)).toMatch(
      /^This caption is too fast to read \(56 characters a second; aim for 20\)\. It needs about 3 s/,
    )
    expect(fix(doc, 'c1', 'extend-into-gap').cues[0]!.endMs).toBe(3000)
  })

  it('too fast, fixed by moving words to the next caption using word timings', () => {
    const words = 'one two three four five six seven eight nine ten eleven'
      .split(' ')
      .map((w, i) => ({ startMs: i * 100, endMs: i * 100 + 90, text: w }))
    const doc = makeDocument([
      at(1, 0, 1100, words.map((w) => w.text).join(' '), { words }),
      at(2, 1100, 4000, 'twelve', { words: [{ startMs: 1100, endMs: 1500, text: 'twelve' }] }),
    ])
    const after = fix(doc, 'c1', 'move-words-to-next')
    expect(after.cues.map((c) => c.text.replace(/\n/g, ' ')).join(' ')).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    )
    expect(after.cues[0]!.endMs).toBeLessThanOrEqual(after.cues[1]!.startMs)
    expect(after.cues[1]!.words![0]!.text).not.toBe('twelve')
  })

  it('too short on screen: the message gives the numbers, and extend or merge fix it', () => {
    const doc = makeDocument([at(1, 0, 400, 'Yes.'), at(2, 3000, 5000, 'Thank you all for coming.')])
    const [found] = only(doc, 'too-short')
    expect(describeFinding(found!)).toBe(
      'This caption is on screen too briefly to read (0.4 s). Extend it to 0.8 s or merge it with the next one?',
    )
    expect(fix(doc, 'c1', 'extend-into-gap').cues[0]!.endMs).toBe(833)
    expect(fix(doc, 'c1', 'merge-with-next').cues).toHaveLength(1)
  })

  it('too long on screen is split', () => {
    const doc = makeDocument([at(1, 0, 9000, 'First part of the thought. Second part of it.')])
    expect(only(doc, 'too-long')).toHaveLength(1)
    expect(fix(doc, 'c1', 'split').cues.map((c) => c.text)).toEqual([
      'First part of the thought.',
      'Second part of it.',
    ])
  })

  it('overlaps and tiny gaps', () => {
    const doc = makeDocument([at(1, 0, 2000, 'a'), at(2, 1500, 3000, 'b'), at(3, 3030, 5000, 'c')])
    expect(rulesOf(doc).filter((r) => r === 'overlap' || r === 'gap-too-small')).toEqual(['overlap', 'gap-too-small'])
    expect(fix(doc, 'c2', 'trim-overlap').cues[0]!.endMs).toBe(1500)
    expect(fix(doc, 'c3', 'close-gap').cues[1]!.endMs).toBe(3030)
  })

  it('empty captions, leftover formatting codes, doubled words', () => {
    expect(only(makeDocument([at(1, 0, 2000, '  ')]), 'empty')).toHaveLength(1)
    const tagged = makeDocument([at(1, 0, 2000, '{\\an8}<i>Hello</i> there')])
    expect(fix(tagged, 'c1', 'remove-tags').cues[0]!.text).toBe('Hello there')
    const doubled = makeDocument([at(1, 0, 3000, 'We went to the the shop')])
    expect(only(doubled, 'doubled-word')[0]!.params).toEqual({ word: 'the' })
    expect(fix(doubled, 'c1', 'remove-doubled-word').cues[0]!.text).toBe('We went to the shop')
  })

  it('a long silence inside a caption is split at the silence', () => {
    const words = [
      { startMs: 0, endMs: 400, text: 'Thanks.' },
      { startMs: 3000, endMs: 3400, text: 'Next' },
      { startMs: 3400, endMs: 3800, text: 'question' },
    ]
    const doc = makeDocument([at(1, 0, 3800, 'Thanks. Next question', { words })])
    expect(only(doc, 'long-silence')[0]!.params).toEqual({ seconds: 2.6, word: 'Next' })
    expect(fix(doc, 'c1', 'split').cues.map((c) => [c.text, c.startMs])).toEqual([
      ['Thanks.', 0],
      ['Next question', 3000],
    ])
  })

  it('a speaker change inside a caption, and descriptions without brackets', () => {
    const doc = makeDocument([
      at(1, 0, 4000, 'So that is my view.\n>> Can I ask a question?'),
      at(2, 5000, 7000, 'A diagram shows the groups', { kind: 'description' }),
    ])
    expect(rulesOf(doc)).toEqual(['unmarked-speaker-change', 'description-brackets'])
    expect(
      fix(doc, 'c1', 'split')
        .cues.map((c) => c.text)
        .slice(0, 2),
    ).toEqual(['So that is my view.', '>> Can I ask a question?'])
    expect(fix(doc, 'c2', 'add-brackets').cues[1]!.text).toBe('[A diagram shows the groups]')
  })

  it('unreplaced glossary terms', () => {
    const glossary = [{ from: 'co production', to: 'co-production' }]
    const doc = makeDocument([at(1, 0, 3000, 'The co\nproduction network')])
    expect(rulesOf(doc, glossary)).toEqual(['glossary-term'])
    expect(fix(doc, 'c1', 'apply-glossary', glossary).cues[0]!.text).toBe('The co-production network')
  })

  it('every rule has an English message, and every message key is used by a rule', () => {
    // Too fast has two messages: one per measure (characters a second, words a minute).
    expect(MESSAGE_KEYS).toHaveLength(Object.keys(RULES).length + 1)
  })
})

describe('fix all of one kind', () => {
  it('applies one fix across every finding and previews each change', () => {
    const doc = makeDocument([at(1, 0, 300, 'Hi.'), at(2, 5000, 5200, 'Yes.'), at(3, 9000, 12000, 'Fine.')])
    const findings = checkDocument(doc, P, { rules: ['too-short'] })
    const { doc: fixed, preview } = fixAll(doc, findings, 'extend-into-gap', { profile: P })
    expect(preview.map((p) => p.cueId)).toEqual(['c1', 'c2'])
    expect(checkDocument(fixed, P, { rules: ['too-short'] })).toEqual([])
  })

  // Regression: a caption with two findings offering "split" (too many lines, too long) was split twice.
  it('fixes each caption once, however many of its findings offer the fix', () => {
    const words = [0, 1, 2].map((k) => ({
      startMs: k * 2000,
      endMs: k * 2000 + 1500,
      text: ['one', 'two', 'three'][k]!,
    }))
    const doc = makeDocument([{ id: asCueId('c1'), startMs: 0, endMs: 9000, text: 'one\ntwo\nthree', words }])
    const findings = checkDocument(doc, P).filter((f) => f.fixes.includes('split'))
    expect(findings.length).toBeGreaterThan(1)
    const { doc: fixed, preview } = fixAll(doc, findings, 'split', { profile: P })
    expect(fixed.cues).toHaveLength(2)
    expect(preview).toHaveLength(1)
  })
})

describe('fixes keep every word in order and never create overlaps', () => {
  const layoutFixes: FixId[] = [
    'reflow',
    'extend-into-gap',
    'move-words-to-next',
    'split',
    'merge-with-next',
    'close-gap',
    'trim-overlap',
  ]
  it.each(layoutFixes)('%s', (fixId) => {
    fc.assert(
      fc.property(arbitraryDocument({ withWords: true, maxCues: 8 }), fc.nat(), (doc, pick) => {
        const findings = checkDocument(doc, P).filter((f) => f.fixes.includes(fixId))
        const words = (d: CaptionDocument) => d.cues.flatMap((c) => c.text.split(/\s+/).filter(Boolean))
        const overlaps = (d: CaptionDocument) =>
          d.cues.filter((c, i) => i > 0 && c.startMs < d.cues[i - 1]!.endMs).length
        const target = findings[pick % Math.max(1, findings.length)]
        const fixed = target
          ? applyFix(doc, target.cueId, fixId, { profile: P })
          : fixAll(doc, findings, fixId, { profile: P }).doc
        expect(words(fixed)).toEqual(words(doc))
        expect(overlaps(fixed)).toBeLessThanOrEqual(overlaps(doc))
        for (const cue of fixed.cues) expect(cue.startMs).toBeLessThanOrEqual(cue.endMs)
      }),
      { numRuns: 200 },
    )
  })

  it('the safe fixes are only the ones that change layout or timing', () => {
    expect(SAFE_FIXES).toEqual(['reflow', 'extend-into-gap', 'close-gap', 'trim-overlap', 'remove-tags'])
  })
})

describe('the incremental checker', () => {
  it('gives exactly what a full check gives, through any sequence of edits and profile changes', () => {
    const check = createIncrementalChecker()
    fc.assert(
      fc.property(
        arbitraryDocument(),
        fc.array(
          fc.tuple(fc.nat(), fc.string({ maxLength: 60 }), fc.integer({ min: -2000, max: 2000 }), fc.boolean()),
          { maxLength: 12 },
        ),
        (start, edits) => {
          let doc = start
          expect(check(doc, P)).toEqual(checkDocument(doc, P))
          for (const [i, text, shift, other] of edits) {
            const cue = doc.cues[i % Math.max(1, doc.cues.length)]
            if (cue) doc = updateCue(doc, cue.id, { text, endMs: Math.max(cue.startMs, cue.endMs + shift) })
            const profile = other ? BUILT_IN_PROFILES[i % BUILT_IN_PROFILES.length]! : P
            expect(check(doc, profile)).toEqual(checkDocument(doc, profile))
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('checking in parts first (warm) gives the same findings, and the full check then runs no rule again', () => {
    fc.assert(
      fc.property(arbitraryDocument(), fc.array(fc.nat({ max: 40 }), { maxLength: 6 }), (doc, cuts) => {
        const check = createIncrementalChecker()
        const bounds = [0, ...cuts.sort((a, b) => a - b), doc.cues.length]
        for (let i = 1; i < bounds.length; i++) check.warm(doc, P, {}, bounds[i - 1]!, bounds[i]!)
        expect(check(doc, P)).toEqual(checkDocument(doc, P))
      }),
      { numRuns: 200 },
    )
    const doc = makeDocument(
      Array.from({ length: 50 }, (_, i) => at(i + 1, i * 1000, i * 1000 + 200, 'Far too many words here')),
    )
    const check = createIncrementalChecker()
    check.warm(doc, P, {}, 0, 25)
    check.warm(doc, P, {}, 25, 50)
    const tooFast = vi.spyOn(RULES, 'too-fast')
    try {
      expect(check(doc, P).some((f) => f.rule === 'too-fast')).toBe(true)
      expect(tooFast).not.toHaveBeenCalled()
    } finally {
      tooFast.mockRestore()
    }
  })
})
