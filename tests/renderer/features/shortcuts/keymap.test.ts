import { describe, expect, it } from 'vitest'
import { commandFor, DEFAULT_KEYMAP, describeBinding, type KeyLike } from '../../../../renderer/features/shortcuts/keymap'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('keymap', () => {
  it('maps transcription keys that work while typing', () => {
    expect(commandFor(key('Escape'))).toBe('play-pause')
    expect(commandFor(key('ArrowLeft', { altKey: true }))).toBe('back-5s')
    expect(commandFor(key('Enter', { ctrlKey: true }))).toBe('split')
  })

  it('never binds a plain printable key that counts while typing, which would steal typing', () => {
    for (const spec of DEFAULT_KEYMAP) {
      for (const b of spec.bindings) {
        const printable = b.key.length === 1
        if (printable) expect(b.ctrl || b.alt || b.notWhileTyping, `${spec.id} ${b.key}`).toBe(true)
      }
    }
  })

  it('opens the shortcuts sheet with ? outside text fields and F1 anywhere, but ? types in a text field', () => {
    expect(commandFor(key('?', { shiftKey: true }))).toBe('shortcuts')
    expect(commandFor(key('?', { shiftKey: true }), DEFAULT_KEYMAP, false, true)).toBeUndefined()
    expect(commandFor(key('F1'), DEFAULT_KEYMAP, false, true)).toBe('shortcuts')
    expect(commandFor(key(',', { ctrlKey: true }))).toBe('settings')
  })

  it('has no binding used by two commands', () => {
    const seen = new Map<string, string>()
    for (const spec of DEFAULT_KEYMAP) {
      for (const b of spec.bindings) {
        const id = describeBinding(b)
        expect(seen.get(id), `${id} used by ${seen.get(id)} and ${spec.id}`).toBeUndefined()
        seen.set(id, spec.id)
      }
    }
  })

  it('uses Cmd on macOS', () => {
    expect(commandFor(key('s', { metaKey: true }), DEFAULT_KEYMAP, true)).toBe('save')
    expect(commandFor(key('s', { ctrlKey: true }), DEFAULT_KEYMAP, true)).toBeUndefined()
    expect(describeBinding({ key: 's', ctrl: true }, true)).toBe('⌘+S')
  })

  it('letters ignore case but respect Shift', () => {
    expect(commandFor(key('M', { ctrlKey: true, shiftKey: true }))).toBe('merge-next')
    expect(commandFor(key('m', { ctrlKey: true }))).toBeUndefined()
  })
})
