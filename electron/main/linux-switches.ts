/**
 * The Chromium switches the app appends on Linux, kept in one place so each is deliberate
 * rather than scattered through start-up. Sandbox-weakening switches are never produced, whatever the environment says
 * (Ubuntu, which restricts unprivileged user namespaces, gets the deb's AppArmor profile instead).
 */

/** One command-line switch: a name without dashes and an optional value. */
export type Switch = Readonly<{ name: string; value?: string }>

const NEVER = new Set([
  'no-sandbox',
  'disable-setuid-sandbox',
  'disable-gpu-sandbox',
  'no-zygote-sandbox',
  'disable-web-security',
])

/**
 * Switches for this platform. Only opt-in escapes for broken desktops: `EGLUR_OZONE_PLATFORM=x11`
 * forces XWayland when native Wayland misbehaves, `EGLUR_GTK_VERSION=3` avoids the GTK 2/3 vs 4 abort.
 */
export function linuxSwitches(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): Switch[] {
  if (platform !== 'linux') return []
  const switches: Switch[] = []
  const ozone = env.EGLUR_OZONE_PLATFORM
  if (ozone === 'x11' || ozone === 'wayland') switches.push({ name: 'ozone-platform', value: ozone })
  const gtk = env.EGLUR_GTK_VERSION
  if (gtk === '3' || gtk === '4') switches.push({ name: 'gtk-version', value: gtk })
  return switches.filter((s) => !NEVER.has(s.name))
}
