import { describe, expect, it } from 'vitest'
import { nextToolbarIndex } from '../../../../renderer/features/cue-editor/roving-toolbar'

describe('arrow keys within a toolbar', () => {
  it('right and left move one button, wrapping at the ends; Home and End jump', () => {
    expect(nextToolbarIndex('ArrowRight', 0, 5)).toBe(1)
    expect(nextToolbarIndex('ArrowRight', 4, 5)).toBe(0)
    expect(nextToolbarIndex('ArrowLeft', 0, 5)).toBe(4)
    expect(nextToolbarIndex('Home', 3, 5)).toBe(0)
    expect(nextToolbarIndex('End', 1, 5)).toBe(4)
  })

  it('other keys are left alone (Enter and Space press the button), and an empty toolbar does nothing', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a']) expect(nextToolbarIndex(key, 1, 5)).toBeUndefined()
    expect(nextToolbarIndex('ArrowRight', 0, 0)).toBeUndefined()
  })
})
