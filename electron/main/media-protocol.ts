/**
 * The `eglur-media:` handler: serves a local file with HTTP Range support, and only files the user
 * opened. Kept as a pure `(Request) => Promise<Response>` so it is tested with real files in Node.
 */

import { pathFromMediaUrl } from './schemes'

/** What the handler needs: the access list, and the Range-answering file server. */
export type MediaHandlerDeps = Readonly<{
  allows: (absolutePath: string) => boolean
  serveFile: (filePath: string, request: Request) => Promise<Response>
}>

/** Builds the protocol handler: 400 for a URL that is not a media URL, 403 for a file not granted. */
export function createMediaHandler(deps: MediaHandlerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } })
    const filePath = pathFromMediaUrl(request.url)
    if (filePath === undefined) return new Response(null, { status: 400 })
    if (!deps.allows(filePath)) return new Response(null, { status: 403 })
    return deps.serveFile(filePath, request)
  }
}
