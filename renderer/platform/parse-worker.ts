/// <reference lib="webworker" />
/** Parses caption files off the UI thread, so a huge or hostile file never freezes the window. */

import { openCaptionBytes, type TidyInputs } from './open-captions'

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; fileName: string; tidy?: TidyInputs }>) => {
  const result = openCaptionBytes(new Uint8Array(event.data.bytes), event.data.fileName, event.data.tidy)
  self.postMessage(result)
}
