// Every format says on which line each cue was, so checks can point into the file.
import { describe, expect, it } from 'vitest'
import { formatById } from '../../../shared/formats/index'

const vtt =
  'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne\n\nNOTE between\n\nlabel\n00:00:03.000 --> 00:00:04.000\nTwo\nlines\n\n00:00:05.000 --> 00:00:06.000\nThree\n'
const srt = '1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n'

describe('cue lines', () => {
  it('WebVTT: each cue’s timing line, by id, in file order', () => {
    const { doc, cueLines } = formatById('vtt')!.parse(vtt)
    expect(doc.cues.map((c) => cueLines?.get(c.id))).toEqual([3, 9, 13])
    expect([...cueLines!]).toEqual([
      ['c1', 3],
      ['c2', 9],
      ['c3', 13],
    ])
    expect(cueLines!.size).toBe(3)
    expect(cueLines!.has('c4')).toBe(false)
    const seen: string[] = []
    cueLines!.forEach((line, id, map) => seen.push(`${id}:${line}:${map.get(id)}`))
    expect(seen).toEqual(['c1:3:3', 'c2:9:9', 'c3:13:13'])
  })

  it('SRT and Eglur JSON give lines too', () => {
    expect([...formatById('srt')!.parse(srt).cueLines!.values()]).toEqual([2, 6])
    const json = formatById('json')!
    const text = json.serialize!(formatById('vtt')!.parse(vtt).doc)
    const { doc, cueLines } = json.parse(text)
    // Each cue's line is the line of its "id" in the file.
    expect(doc.cues.map((c) => /"id":\s*"(c\d+)"/.exec(text.split('\n')[cueLines!.get(c.id)! - 1]!)?.[1])).toEqual([
      'c1',
      'c2',
      'c3',
    ])
    expect([...cueLines!.keys()]).toEqual(doc.cues.map((c) => c.id))
  })
})
