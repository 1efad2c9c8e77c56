import { describe, expect, it } from 'vitest'
import { SESSION_KEY_ITEM, takeSessionKey } from '../../../renderer/platform/session-key'

function page(hash: string, stored?: string) {
  const items = new Map<string, string>(stored ? [[SESSION_KEY_ITEM, stored]] : [])
  const replaced: string[] = []
  return {
    replaced,
    items,
    sources: {
      location: { hash, pathname: '/', search: '' },
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
      },
      storage: {
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => void items.set(k, v),
      },
    },
  }
}

describe("the page's secret", () => {
  it('is taken from the fragment, removed from the address at once, and kept for reloads of this tab', () => {
    const p = page('#key=abc_DEF-123')
    expect(takeSessionKey(p.sources)).toBe('abc_DEF-123')
    expect(p.replaced).toEqual(['/'])
    expect(p.items.get(SESSION_KEY_ITEM)).toBe('abc_DEF-123')
  })

  it('comes from session storage after a reload, and is absent when the page was opened without the link', () => {
    const reloaded = page('', 'abc_DEF-123')
    expect(takeSessionKey(reloaded.sources)).toBe('abc_DEF-123')
    expect(reloaded.replaced).toEqual([])
    expect(takeSessionKey(page('').sources)).toBeUndefined()
  })

  it('still works for this page when storage is refused', () => {
    const p = page('#key=abc_DEF-123')
    const refusing = {
      ...p.sources,
      storage: {
        getItem: () => {
          throw new Error('denied')
        },
        setItem: () => {
          throw new Error('denied')
        },
      },
    }
    expect(takeSessionKey(refusing)).toBe('abc_DEF-123')
  })
})
