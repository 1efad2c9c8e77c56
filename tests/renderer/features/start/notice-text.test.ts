import { readFileSync } from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { noticeText } from '../../../../renderer/features/start/notice-text'
import { parseProblemNotice } from '../../../../renderer/features/start/open-flow'
import { readCaptionBytes } from '../../../../shared/formats/read-caption-bytes'

const root = path.resolve(import.meta.dirname, '../../../..')
const locale = (lng: string) =>
  JSON.parse(readFileSync(path.join(root, `assets/locales/${lng}/translation.json`), 'utf8'))

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: locale('en') }, cy: { translation: locale('cy') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

describe('a file that cannot be read as captions, told in the UI’s language', () => {
  const notice = () => {
    const read = readCaptionBytes(new TextEncoder().encode('WEBVTT\n\nnot a caption at all\n'), 'talk.vtt')
    if (read.ok) throw new Error('expected a refusal')
    return parseProblemNotice('talk.vtt', read.fatal)
  }

  it('in English, the reader’s own sentence, with the file and line', async () => {
    await i18next.changeLanguage('en')
    expect(noticeText(i18next.t, notice())).toBe(
      'talk.vtt, line 3: "not a caption at all" is not part of any caption (no timing line) and was skipped.',
    )
  })

  it('in Welsh, a Welsh sentence with the same details, not the English one', async () => {
    await i18next.changeLanguage('cy')
    const text = noticeText(i18next.t, notice())
    expect(text).toContain('talk.vtt')
    expect(text).toContain('capsiynau')
    expect(text).toContain('“not a caption at all”')
    expect(text).not.toContain('was skipped')
  })
})
