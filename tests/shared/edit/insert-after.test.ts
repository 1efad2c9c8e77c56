import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NEW_CAPTION_MS, slotAfter, slotFrom } from '../../../shared/edit/insert-after'
import { insertCue, makeDocument, newCueId, type Cue } from '../../../shared/model'
import { checkDocument } from '../../../shared/quality/checks'
import { ACCESSIBLE_DEFAULT_PROFILE as P } from '../../../shared/model/style-profile'
import { makeCue } from '../../helpers/builders'

const at = (n: number, startMs: number, endMs: number, extra: Partial<Cue> = {}) =>
  makeCue(n, `caption ${n}`, { startMs, endMs, ...extra })
const room = { minGapMs: 80, minLengthMs: 833 }

describe('insert caption after', () => {
  it('fills a wide gap with a caption of the usual length, the profile gap after the current one', () => {
    const cues = [at(1, 0, 2000), at(2, 9000, 10_000)]
    expect(slotAfter(cues, 0, room)).toEqual({ ok: true, startMs: 2080, endMs: 2080 + NEW_CAPTION_MS })
  })

  it('fits into a gap shorter than the usual length, keeping the gap before the next caption', () => {
    const cues = [at(1, 0, 2000), at(2, 3200, 4000)]
    expect(slotAfter(cues, 0, room)).toEqual({ ok: true, startMs: 2080, endMs: 3120 })
  })

  it('says there is no room, and how much time there is, when the gap is too small for a caption', () => {
    const cues = [at(1, 0, 2000), at(2, 2500, 4000)]
    expect(slotAfter(cues, 0, room)).toEqual({ ok: false, freeMs: 340, next: cues[1] })
    // Touching captions (automated ones usually are) leave no time at all.
    expect(slotAfter([at(1, 0, 2000), at(2, 2000, 4000)], 0, room)).toMatchObject({ ok: false, freeMs: 0 })
  })

  it('after the last caption there is always room', () => {
    expect(slotAfter([at(1, 0, 2000)], 0, room)).toEqual({ ok: true, startMs: 2080, endMs: 3580 })
  })

  it('steps over a caption that overlaps the current one instead of landing inside it', () => {
    const cues = [at(1, 0, 2000), at(2, 1500, 5000), at(3, 9000, 9500)]
    expect(slotAfter(cues, 0, room)).toEqual({ ok: true, startMs: 5080, endMs: 6580 })
  })

  it('a section heading takes no room: it neither blocks the slot nor moves it', () => {
    const heading = at(2, 2100, 2100, { kind: 'heading' })
    const cues = [at(1, 0, 2000), heading, at(3, 9000, 10_000)]
    expect(slotAfter(cues, 0, room)).toEqual({ ok: true, startMs: 2080, endMs: 3580 })
    // After the heading itself, the new caption starts where the section does (or after the caption on screen then).
    expect(slotAfter(cues, 1, room)).toEqual({ ok: true, startMs: 2100, endMs: 3600 })
  })

  it('from the playhead: starts there when it is free, after the caption on screen when not', () => {
    const cues = [at(1, 0, 2000), at(2, 9000, 10_000)]
    expect(slotFrom(cues, 5000, room)).toEqual({ ok: true, startMs: 5000, endMs: 6500 })
    expect(slotFrom(cues, 1000, room)).toEqual({ ok: true, startMs: 2080, endMs: 3580 })
    expect(slotFrom([], 1234, room)).toEqual({ ok: true, startMs: 1234, endMs: 2734 })
  })

  it('a slot never overlaps any caption, whatever the captions (and no overlap finding follows)', () => {
    const cue = fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 5000 }), fc.boolean())
    fc.assert(
      fc.property(fc.array(cue, { maxLength: 12 }), fc.nat({ max: 11 }), (raw, pick) => {
        const doc = makeDocument(
          raw.map(([s, len, heading], i) => at(i + 1, s, s + len, heading ? { kind: 'heading' } : {})),
        )
        const index = Math.min(pick, doc.cues.length - 1)
        const slot = index < 0 ? slotFrom(doc.cues, 0, room) : slotAfter(doc.cues, index, room)
        if (!slot?.ok) return
        expect(slot.endMs - slot.startMs).toBeGreaterThanOrEqual(Math.min(room.minLengthMs, NEW_CAPTION_MS))
        for (const c of doc.cues) {
          if (c.kind === 'heading') continue
          expect(slot.startMs >= c.endMs + room.minGapMs || slot.endMs + room.minGapMs <= c.startMs).toBe(true)
        }
        const id = newCueId(doc)
        const after = insertCue(doc, { id, startMs: slot.startMs, endMs: slot.endMs, text: 'new' })
        expect(checkDocument(after, P, { rules: ['overlap'] }).filter((f) => f.cueId === id)).toEqual([])
      }),
    )
  })
})
