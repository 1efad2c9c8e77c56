// "Where am I" (#21 item 8): the current caption and its times in words, in English and Welsh.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { whereAmI } from '../../../../renderer/features/shortcuts/more-commands'
import { spokenTime } from '../../../../renderer/features/shortcuts/spoken-time'
import { initialEditorState } from '../../../../renderer/state/editor-state'
import { asCueId, asSpeakerId, makeDocument, type Cue, type Speaker } from '../../../../shared/model'

const root = path.resolve(import.meta.dirname, '../../../..')
const locale = (lang: string) =>
  JSON.parse(readFileSync(path.join(root, `assets/locales/${lang}/translation.json`), 'utf8')) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: locale('en') }, cy: { translation: locale('cy') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

const makeSpeaker = (n: number, name: string): Speaker => ({ id: asSpeakerId(`s${n}`), name })
const makeCue = (n: number, text: string, extra: Partial<Cue> = {}): Cue => ({
  id: asCueId(`c${n}`),
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
  ...extra,
})

describe('times in words', () => {
  it('says minutes and seconds, a tenth when there is one, and hours only past an hour', () => {
    const t = i18next.getFixedT('en')
    expect(spokenTime(64_000, t)).toBe('1 minute 4 seconds')
    expect(spokenTime(67_500, t)).toBe('1 minute 7.5 seconds')
    expect(spokenTime(0, t)).toBe('0 seconds')
    expect(spokenTime(3_601_000, t)).toBe('1 hour 1 second')
    expect(spokenTime(64_000, i18next.getFixedT('cy'))).toBe('1 munud 4 eiliad')
  })
})

describe('where am I', () => {
  const doc = makeDocument(
    Array.from({ length: 12 }, (_, i) =>
      makeCue(i + 1, `caption ${i + 1}`, {
        startMs: 60_000 + i * 1000,
        endMs: 60_500 + i * 1000,
        ...(i === 11 ? { speakerId: makeSpeaker(1, 'Beth Perry').id } : {}),
      }),
    ),
    [makeSpeaker(1, 'Beth Perry')],
  )
  const state = (timeMs: number, current = 'c12') => {
    const base = initialEditorState(doc)
    return { ...base, currentCueId: asCueId(current), playback: { ...base.playback, timeMs } }
  }

  it('names the current caption, its times and speaker', () => {
    expect(whereAmI(state(71_200), i18next.getFixedT('en'))).toBe(
      'Caption 12 of 12, 1 minute 11 seconds to 1 minute 11.5 seconds, Beth Perry',
    )
  })

  it('adds where the video is when it is elsewhere', () => {
    expect(whereAmI(state(4_000, 'c1'), i18next.getFixedT('en'))).toBe(
      'Caption 1 of 12, 1 minute to 1 minute 0.5 seconds. The video is at 4 seconds',
    )
    expect(whereAmI(state(4_000, 'c1'), i18next.getFixedT('cy'))).toBe(
      'Capsiwn 1 o 12, 1 munud i 1 munud 0.5 eiliad. Mae’r fideo ar 4 eiliad',
    )
  })
})
