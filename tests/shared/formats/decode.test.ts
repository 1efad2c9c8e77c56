// The decoder refuses text whose first 8,192 characters are more than a tenth control characters
// (other than tab, LF, FF and CR) or U+FFFD: counted natively now, the verdict must stay the loop's.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeCaptionBytes } from '../../../shared/formats/decode'

/** The rule as a plain loop over the characters. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++
  }
  return sample.length === 0 ? 0 : bad / sample.length
}

const chars = fc.constantFrom(
  ...'ab \t\n\r\f\u000b\u0001\u0008\u000e\u001f\u007f\u0080\ufffdŵ'.split(''),
  'x',
  'y',
  'z',
  'w',
  'v',
)

describe('the binary-text refusal', () => {
  it('refuses exactly the text whose sample is over a tenth control characters', () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), fc.nat(9000), (parts, pad) => {
        // Padding moves the control characters in and out of the 8,192-character sample.
        const text = 'x'.repeat(pad % 3 === 0 ? pad : 0) + parts.join('')
        const decoded = decodeCaptionBytes(new TextEncoder().encode(text))
        const refused = !decoded.ok && decoded.fatal.code === 'binary-file'
        expect(refused).toBe(controlShare(decoded.ok ? decoded.text : text) > 0.1)
      }),
      { numRuns: 2000 },
    )
  })
})
