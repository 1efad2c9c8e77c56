import { describe, expect, it } from 'vitest'
import { sameFindings } from '../../../renderer/app/use-document-findings'
import type { Finding } from '../../../shared/quality/finding'
import { asCueId } from '../../../shared/model'

const finding = (cue: string, params: Record<string, string | number> = {}): Finding => ({
  rule: 'too-fast',
  severity: 'warning',
  cueId: asCueId(cue),
  messageKey: 'quality.tooFast',
  params,
  fixes: [],
})

describe('sameFindings', () => {
  it('treats equal findings as the same list, so the editor does not re-render for nothing', () => {
    const a = finding('c1', { cps: 21 })
    expect(sameFindings([a], [a])).toBe(true)
    expect(sameFindings([a], [finding('c1', { cps: 21 })])).toBe(true)
  })
  it('sees a changed value, a different caption, and a different count', () => {
    expect(sameFindings([finding('c1', { cps: 21 })], [finding('c1', { cps: 22 })])).toBe(false)
    expect(sameFindings([finding('c1')], [finding('c2')])).toBe(false)
    expect(sameFindings([finding('c1')], [])).toBe(false)
  })
})
