// Types for webvtt-parser (the W3C parser), used in tests as a conformance oracle.
declare module 'webvtt-parser' {
  export type WebVttError = { message: string; line: number; col?: number }
  export type WebVttResult = { cues: Array<{ id: string; startTime: number; endTime: number; text: string }>; errors: WebVttError[] }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>)
    parse(input: string, mode?: string): WebVttResult
  }
}
