import { describe, expect, it } from 'vitest'
import { makeDocument } from '../../../shared/model'
import { buildTranscript } from '../../../shared/transcript/builder'
import { renderHtml } from '../../../shared/transcript/render-html'
import { xmlSafeText } from '../../../shared/transcript/xml-safe-text'
import { makeCue } from '../../helpers/builders'

// Low surrogates before high ones, so that joined they stay lone.
const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\uDC00',
  '\uDFFF',
  '\uD800',
  '\uDBFF',
  '\uFFFE',
  '\uFFFF',
]

describe('text XML 1.0 can hold', () => {
  it('drops every forbidden character and keeps tab, line ends, emoji and Welsh letters', () => {
    expect(xmlSafeText(`a${FORBIDDEN.join('')}b`)).toBe('ab')
    expect(xmlSafeText('ŵ ŷ â\t😀\r\n\u007F\uFFFD\u{10FFFF}')).toBe('ŵ ŷ â\t😀\r\n\u007F\uFFFD\u{10FFFF}')
    // A lone surrogate next to a pair: only the lone one goes.
    expect(xmlSafeText('\uD83D\uD83D\uDE00\uDE00')).toBe('😀')
    // Called twice on the same input: the same answer (no state kept between calls).
    expect(xmlSafeText('x\uFFFF')).toBe(xmlSafeText('x\uFFFF'))
  })

  // Bug #15: the HTML transcript passed these characters on too (parse errors in HTML, fatal in XHTML).
  it('the HTML transcript holds none of them', () => {
    const html = renderHtml(
      buildTranscript(makeDocument([makeCue(1, `Bore${FORBIDDEN.join('')} da`)], []), { title: `T\uFFFE` }),
    )
    for (const c of FORBIDDEN) expect(html.includes(c), `U+${c.charCodeAt(0).toString(16)}`).toBe(false)
    expect(html).toMatch(/<p>Bore\s*da<\/p>/)
  })
})
