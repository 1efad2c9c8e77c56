// Components reach the main side only through BridgeProvider: what the provider is given is what they get.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { CaptionBridge } from '../../../shared/ipc/contract'
import { BridgeProvider, useBridge, useIsDesktop } from '../../../renderer/platform/bridge-context'

const fake = { pathForFile: () => '/videos/talk.mp4' } as unknown as CaptionBridge

/** Renders what a component sees through the hooks. */
function Probe() {
  const bridge = useBridge()
  return createElement(
    'p',
    null,
    `${useIsDesktop() ? 'desktop' : 'browser'} ${bridge === fake ? 'fake' : 'other'} ${bridge.pathForFile({} as File)}`,
  )
}

describe('the bridge context', () => {
  it('gives components the bridge and kind of app the provider was given', () => {
    expect(
      renderToStaticMarkup(
        createElement(BridgeProvider, { bridge: fake, desktop: true, children: createElement(Probe) }),
      ),
    ).toBe('<p>desktop fake /videos/talk.mp4</p>')
    expect(
      renderToStaticMarkup(
        createElement(BridgeProvider, { bridge: fake, desktop: false, children: createElement(Probe) }),
      ),
    ).toBe('<p>browser fake /videos/talk.mp4</p>')
  })

  it('refuses to run outside a provider, rather than reaching for a global bridge', () => {
    expect(() => renderToStaticMarkup(createElement(Probe))).toThrow(/inside BridgeProvider/)
  })
})
