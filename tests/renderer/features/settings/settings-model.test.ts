import { describe, expect, it } from 'vitest'
import {
  autoPauseOf,
  captionSizeOf,
  parseSettings,
  readStoredSettings,
  SETTINGS_STORAGE_KEY,
  themeOf,
  toContractAutoPause,
  writeStoredSettings,
} from '../../../../renderer/features/settings/settings-model'
import { DEFAULT_AUTO_PAUSE } from '../../../../renderer/state/playback-settings'

const memory = () => {
  const items = new Map<string, string>()
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  }
}

describe('settings', () => {
  it('defaults: system theme, 100 % captions, the transport’s auto-pause', () => {
    expect(themeOf({})).toBe('system')
    expect(captionSizeOf({})).toBe(100)
    expect(autoPauseOf({})).toEqual(DEFAULT_AUTO_PAUSE)
  })

  it('maps auto-pause between the contract and the transport both ways', () => {
    const contract = { enabled: false, idleMs: 3000, resumeBackMs: 1000 }
    expect(autoPauseOf({ autoPause: contract })).toEqual({ enabled: false, resumeAfterMs: 3000, rewindMs: 1000 })
    expect(toContractAutoPause(autoPauseOf({ autoPause: contract }))).toEqual(contract)
  })

  it('keeps settings in localStorage for browser mode', () => {
    const storage = memory()
    expect(writeStoredSettings(storage, { theme: 'dark', shortcuts: { split: 'Ctrl+K' } })).toBe(true)
    expect(storage.items.has(SETTINGS_STORAGE_KEY)).toBe(true)
    expect(readStoredSettings(storage)).toEqual({ theme: 'dark', shortcuts: { split: 'Ctrl+K' } })
  })

  it('falls back to the defaults for stored text that is broken or out of range', () => {
    expect(parseSettings('{not json')).toEqual({})
    expect(parseSettings(JSON.stringify({ theme: 'purple' }))).toEqual({})
    expect(parseSettings(JSON.stringify({ captionSizePercent: 5000 }))).toEqual({})
    expect(parseSettings(null)).toEqual({})
  })

  it('reports a refused write instead of throwing (storage full)', () => {
    expect(
      writeStoredSettings(
        {
          setItem: () => {
            throw new Error('QuotaExceededError')
          },
        },
        {},
      ),
    ).toBe(false)
  })
})
