/// <reference lib="webworker" />
/** Parses caption files off the UI thread, so a huge or hostile file never freezes the window. */

import { openCaptionBytes } from '../features/start/open-captions'

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; fileName: string }>) => {
  const result = openCaptionBytes(new Uint8Array(event.data.bytes), event.data.fileName)
  self.postMessage(result)
}
