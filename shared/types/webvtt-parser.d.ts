// Types for webvtt-parser (the W3C parser): the export check in shared/formats/export-check.ts, the tests and the benchmarks.
declare module 'webvtt-parser' {
  export type WebVttError = { message: string; line: number; col?: number }
  export type WebVttResult = {
    cues: Array<{ id: string; startTime: number; endTime: number; text: string }>
    errors: WebVttError[]
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>)
    parse(input: string, mode?: string): WebVttResult
  }
  // A CommonJS module: its default import is the exports object, in Node, Vite and esbuild alike.
  const exported: { WebVTTParser: typeof WebVTTParser }
  export default exported
}
