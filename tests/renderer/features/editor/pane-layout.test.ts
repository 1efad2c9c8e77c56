import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PANE_LAYOUT,
  defaultTopPercent,
  parsePaneLayout,
} from '../../../../renderer/features/editor/pane-layout'

describe('the editor pane layout kept in storage', () => {
  it('reads back what was stored, keeping each share within its limits', () => {
    expect(
      parsePaneLayout(JSON.stringify({ topPercent: 40, videoPercent: 55, topCollapsed: true, sideOpen: false })),
    ).toEqual({ topPercent: 40, videoPercent: 55, topCollapsed: true, videoCollapsed: false, sideOpen: false })
    expect(parsePaneLayout(JSON.stringify({ topPercent: 99, videoPercent: -3 }))).toMatchObject({
      topPercent: 70,
      videoPercent: 15,
    })
  })

  it('falls back to the defaults for missing, malformed or hostile text', () => {
    for (const text of [null, '', 'not json', '[]', '{"topPercent":"big","videoPercent":null}', 'null'])
      expect(parsePaneLayout(text)).toEqual(DEFAULT_PANE_LAYOUT)
  })

  it('gives the video and caption box more of a taller window, within a fifth and two fifths', () => {
    expect(defaultTopPercent(800)).toBeLessThanOrEqual(26)
    expect(defaultTopPercent(1080)).toBeGreaterThan(defaultTopPercent(800))
    expect(defaultTopPercent(300)).toBe(20)
    expect(defaultTopPercent(2160)).toBe(40)
  })
})
