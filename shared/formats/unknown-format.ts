/** What to tell someone whose file is not in any format Eglur reads. */

/** Caption formats Eglur does not read, told by how they start. */
const UNREAD_FORMATS: ReadonlyArray<{ test: RegExp; name: string }> = [
  { test: /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?tt[\s>]/, name: 'a TTML (XML) caption file' },
  { test: /^\s*\[Script Info\]/i, name: 'an ASS/SSA subtitle file' },
  { test: /^Scenarist_SCC/, name: 'an SCC (broadcast) caption file' },
]

/**
 * Why `text` could not be read: a format Eglur does not read yet is named, with what to do instead;
 * anything else gets the list of formats it does read.
 */
export function unknownFormatMessage(text: string): string {
  const start = text.replace(/^\ufeff/, '').slice(0, 4096)
  const known = UNREAD_FORMATS.find((f) => f.test.test(start))
  if (known)
    return `This is ${known.name}, which Eglur cannot read yet. Save the captions as WebVTT or SRT in the program that made them, and open that.`
  return 'This does not look like WebVTT, SRT, SBV or Eglur JSON captions.'
}
