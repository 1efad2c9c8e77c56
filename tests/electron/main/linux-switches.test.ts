import { describe, expect, it } from 'vitest'
import { linuxSwitches } from '../../../electron/main/linux-switches'

describe('linuxSwitches', () => {
  it('adds nothing by default, on any platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) expect(linuxSwitches(platform, {})).toEqual([])
  })
  it('forces X11 or GTK 3 only when asked, and only on Linux', () => {
    const env = { EGLUR_OZONE_PLATFORM: 'x11', EGLUR_GTK_VERSION: '3' }
    expect(linuxSwitches('linux', env)).toEqual([
      { name: 'ozone-platform', value: 'x11' },
      { name: 'gtk-version', value: '3' },
    ])
    expect(linuxSwitches('win32', env)).toEqual([])
  })
  it('ignores values it does not know (no switch injection from the environment)', () => {
    expect(linuxSwitches('linux', { EGLUR_OZONE_PLATFORM: 'x11 --no-sandbox', EGLUR_GTK_VERSION: '2' })).toEqual([])
  })
  it('never weakens the sandbox, whatever the environment', () => {
    const envs = [
      {},
      { EGLUR_OZONE_PLATFORM: 'wayland' },
      { EGLUR_GTK_VERSION: '4' },
      { ELECTRON_NO_SANDBOX: '1', EGLUR_NO_SANDBOX: '1' },
    ]
    for (const env of envs) {
      for (const s of linuxSwitches('linux', env)) expect(s.name).not.toMatch(/sandbox|web-security/)
    }
  })
})
