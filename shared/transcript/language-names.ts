/**
 * Names of languages in their own words ("Cymraeg", not "Welsh"), for column headers and language
 * labels in transcripts that a reader of either language must recognise. A small table instead of
 * Intl.DisplayNames: its data differs between Node, Chromium and Word-processing tools, and a
 * transcript must read the same wherever it was made. Tags not in the table are shown as they are.
 */

const NAMES: Readonly<Record<string, string>> = {
  cy: 'Cymraeg',
  en: 'English',
  'en-gb': 'English (UK)',
  'en-us': 'English (US)',
  ga: 'Gaeilge',
  gd: 'Gàidhlig',
  gv: 'Gaelg',
  kw: 'Kernewek',
  br: 'Brezhoneg',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
  pl: 'Polski',
  ro: 'Română',
  uk: 'Українська',
  ar: 'العربية',
  ur: 'اردو',
  pa: 'ਪੰਜਾਬੀ',
  bn: 'বাংলা',
  zh: '中文',
  bsl: 'British Sign Language',
}

/** A language's own name for `tag` (`cy` → "Cymraeg"), its base language's name, or the tag itself. */
export function languageName(tag: string): string {
  const lower = tag.toLowerCase()
  return NAMES[lower] ?? NAMES[lower.split('-')[0] ?? ''] ?? tag
}

/** Languages written right to left (by base language), so renderers and text fields set `dir`. */
const RIGHT_TO_LEFT = new Set(['ar', 'ur', 'fa', 'he', 'yi', 'ps', 'sd', 'ug', 'ckb'])

/** Whether `tag`'s language is written right to left. */
export function isRightToLeft(tag: string): boolean {
  return RIGHT_TO_LEFT.has(tag.toLowerCase().split('-')[0] ?? '')
}
