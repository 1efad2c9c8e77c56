import { describe, expect, it } from 'vitest'
import { LABEL_CHARS, regionLabelText } from '../../../../renderer/features/waveform/region-look'
import { asCueId } from '../../../../shared/model'

const cue = (text: string) => ({ id: asCueId('c1'), startMs: 0, endMs: 1000, text })

describe('the text printed inside a caption region', () => {
  it('puts the caption lines on one line', () => {
    expect(regionLabelText(cue('Welcome everyone\nto the meeting.'))).toBe('Welcome everyone to the meeting.')
  })

  it('cuts a long caption with an ellipsis, never longer than the label holds', () => {
    const label = regionLabelText(cue('word '.repeat(60)))
    expect(label).toHaveLength(LABEL_CHARS)
    expect(label.endsWith('…')).toBe(true)
  })
})
