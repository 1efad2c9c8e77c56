/** English sentences for each finding, for the command line. The UI translates the same keys. */

import type { Finding } from './finding'

const MESSAGES: Readonly<Record<string, string>> = {
  'quality.empty': 'This caption has no text. Delete it?',
  'quality.overlap':
    'This caption starts {seconds} s before the previous one ends, so both are on screen at once. Trim the previous one?',
  'quality.gapTooSmall':
    'The gap before this caption is only {ms} ms (at least {min} ms lets viewers see the change). Close the gap?',
  'quality.lineTooLong': 'A line has {longest} characters; the limit is {max}. Re-flow the lines or split the caption?',
  'quality.tooManyLines': 'This caption has {lines} lines; the limit is {max}. Re-flow it or split it?',
  'quality.tooFast':
    'This caption is too fast to read ({cps} characters a second; aim for {max}). It needs about {seconds} s on screen: extend it, or move words to the next caption?',
  'quality.tooFastWords':
    'This caption is too fast to read ({wpm} words a minute; aim for {max}). It needs about {seconds} s on screen: extend it, or move words to the next caption?',
  'quality.tooShort':
    'This caption is on screen too briefly to read ({seconds} s). Extend it to {target} s or merge it with the next one?',
  'quality.tooLong': 'This caption stays on screen {seconds} s (longer than {max} s). Split it?',
  'quality.leftoverTags': 'Formatting code "{code}" was left in the text. Remove it?',
  'quality.longSilence': 'This caption stays up through a {seconds} s silence before "{word}". Split it there?',
  'quality.unmarkedSpeakerChange':
    'A new speaker seems to start inside this caption ("{line}"). Split it so each speaker has their own caption?',
  'quality.descriptionBrackets': 'Descriptions of what is shown are written in square brackets. Add them?',
  'quality.glossaryTerm': '"{from}" should be written "{to}" (project glossary). Fix it?',
  'quality.doubledWord': 'The word "{word}" is written twice in a row. Remove the repeat?',
}

/** The English sentence for a finding. */
export function describeFinding(finding: Finding): string {
  const template = MESSAGES[finding.messageKey] ?? finding.messageKey
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(finding.params[key] ?? ''))
}

/** Every message key (the UI's translations are checked against this list). */
export const MESSAGE_KEYS: readonly string[] = Object.keys(MESSAGES)
