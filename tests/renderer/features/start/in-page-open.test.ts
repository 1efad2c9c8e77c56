// The page's own file inputs say what opening them means in the kind of app the bridge context names,
// so the start screen's parts render with a fake main side and no window globals.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaptionBridge } from '../../../../shared/ipc/contract'
import { BridgeProvider } from '../../../../renderer/platform/bridge-context'
import { InPageOpen } from '../../../../renderer/features/start/in-page-open'
import type { OpenDeps } from '../../../../renderer/features/start/open-flow'

const root = path.resolve(import.meta.dirname, '../../../..')
const locale = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(root, `assets/locales/${lang}/translation.json`), 'utf8')) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: locale('en') } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

const bridge = {} as CaptionBridge
const render = (desktop: boolean): string =>
  renderToStaticMarkup(
    createElement(BridgeProvider, {
      bridge,
      desktop,
      children: createElement(InPageOpen, {
        deps: { bridge } as OpenDeps,
        run: () => {},
        busy: false,
        onFiles: () => {},
      }),
    }),
  )

describe('opening files from the page’s own inputs', () => {
  it('in the desktop app, is just another way to choose files', () => {
    const html = render(true)
    expect(html).toContain('>Or choose the files here</h2>')
    expect(html).not.toContain('stay in the browser')
  })

  it('in a browser, says the files stay in the browser', () => {
    const html = render(false)
    expect(html).toContain('>Or use files from this browser</h2>')
    expect(html).toContain('Files chosen here stay in the browser')
  })
})
