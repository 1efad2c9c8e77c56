// A file in no format Eglur reads gets a message that names the format when it is a known one.
import { describe, expect, it } from 'vitest'
import { unknownFormatMessage } from '../../../shared/formats/index'

describe('unknown formats', () => {
  it.each([
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en">',
      'a TTML (XML) caption file',
    ],
    ['\ufeff<tt:tt xmlns:tt="http://www.w3.org/ns/ttml">', 'a TTML (XML) caption file'],
    ['<?xml version="1.0"?>\n<!-- made by a tool -->\n<tt>', 'a TTML (XML) caption file'],
    ['[Script Info]\nTitle: talk\n', 'an ASS/SSA subtitle file'],
    ['Scenarist_SCC V1.0\n\n00:00:00:00\t9420', 'an SCC (broadcast) caption file'],
  ])('names %j', (text, name) => {
    expect(unknownFormatMessage(text)).toBe(
      `This is ${name}, which Eglur cannot read yet. Save the captions as WebVTT or SRT in the program that made them, and open that.`,
    )
  })

  it('lists what it reads for anything else', () => {
    for (const text of ['', 'just some notes from the meeting', '<html><body>not captions</body></html>', '<ttx>']) {
      expect(unknownFormatMessage(text)).toBe('This does not look like WebVTT, SRT, SBV or Eglur JSON captions.')
    }
  })
})
