/**
 * The few runtime globals `shared/` may use. They exist in Node ≥ 18 and every browser, but the
 * shared project compiles with `types: []` and no DOM lib, so they are declared here — narrowly,
 * so that nothing else of the DOM or Node leaks in.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: Uint8Array): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
