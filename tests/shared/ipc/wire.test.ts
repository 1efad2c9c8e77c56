import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64, fromWire, toWire } from '../../../shared/ipc/wire'

describe('the browser-mode wire format', () => {
  it('encodes base64 exactly as Node does, and decodes it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = bytesToBase64(bytes)
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
        expect([...base64ToBytes(encoded)]).toEqual([...bytes])
      }),
      { numRuns: 300 },
    )
  })

  it('keeps Uint8Array and Int8Array values through JSON, and everything else as JSON does', () => {
    const value = {
      ok: true,
      bytes: new Uint8Array([0, 255, 7]),
      peaks: { data: new Int8Array([-127, 127, 0, -1]) },
      text: 'Bore da <v>',
      n: 1.5,
    }
    const back = fromWire(toWire(value)) as typeof value
    expect(back.bytes).toBeInstanceOf(Uint8Array)
    expect([...back.bytes]).toEqual([0, 255, 7])
    expect(back.peaks.data).toBeInstanceOf(Int8Array)
    expect([...back.peaks.data]).toEqual([-127, 127, 0, -1])
    expect(back.text).toBe('Bore da <v>')
    expect(back.n).toBe(1.5)
  })

  it('reads a message without bytes as JSON does, even when its text spells "$bytes"', () => {
    const value = {
      project: {
        document: {
          cues: [
            { id: 'c1', text: 'the key "$bytes": "AAE=" in a caption' },
            { id: 'c2', text: '{"$bytes":"AAE=","$type":"u8"}' },
          ],
        },
      },
      list: [1, null, 'x'],
    }
    expect(fromWire(toWire(value))).toEqual(JSON.parse(JSON.stringify(value)))
    // Beside real bytes too: only the bytes become bytes.
    const both = fromWire(toWire({ ...value, bytes: new Uint8Array([1, 2]) })) as typeof value & { bytes: Uint8Array }
    expect(both.bytes).toBeInstanceOf(Uint8Array)
    expect(both.project).toEqual(value.project)
  })
})
