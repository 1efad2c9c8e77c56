/**
 * Browser mode's secret, which the page needs for every call to Eglur's helper program. It arrives
 * once in the address's fragment (`#key=…`, never sent to any server), is taken out of the address
 * bar and history at once, and is kept in this tab's session storage so a reload of the tab still
 * works; other tabs and other addresses (another port is another origin) cannot see it.
 */

/** The session storage entry holding the secret for this tab. */
export const SESSION_KEY_ITEM = 'eglur:session-key'

/** What the page needs: its location, its history and its session storage. */
export type KeySources = Readonly<{
  location: Pick<Location, 'hash' | 'pathname' | 'search'>
  history: Pick<History, 'replaceState' | 'state'>
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined
}>

/**
 * Takes the secret from the fragment (removing it from the address and history) or, after a reload,
 * from session storage; undefined when the page was opened without Eglur's link.
 */
export function takeSessionKey(sources: KeySources): string | undefined {
  const { location, history, storage } = sources
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('key') ?? undefined
  if (fromFragment !== undefined) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
    try {
      storage?.setItem(SESSION_KEY_ITEM, fromFragment)
    } catch {
      // Storage refused (private mode, quota): the secret is still kept in memory for this page.
    }
    return fromFragment
  }
  try {
    return storage?.getItem(SESSION_KEY_ITEM) ?? undefined
  } catch {
    return undefined
  }
}

let cached: string | undefined | null = null

/** The secret for this page, read once (the first call also clears the fragment). */
export function sessionKey(): string | undefined {
  if (cached === null) {
    let storage: Storage | undefined
    try {
      storage = window.sessionStorage
    } catch {
      storage = undefined
    }
    cached = takeSessionKey({ location: window.location, history: window.history, storage })
  }
  return cached
}
