/**
 * Text that XML 1.0 can hold. Caption text comes from anywhere (automated captions, pasted text, files
 * in odd encodings) and may carry characters no XML document may contain, escaped or not: C0 controls
 * other than tab, line feed and carriage return; surrogates without their pair; U+FFFE and U+FFFF.
 * One such character makes a whole Word file unreadable, so every XML writer passes its text through here.
 */

/** With the `u` flag a paired surrogate is one code point, so the surrogate range matches only lone ones. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** `text` without the characters XML 1.0 forbids (everything else, emoji included, is kept). */
export function xmlSafeText(text: string): string {
  return text.replace(XML_FORBIDDEN, '')
}
